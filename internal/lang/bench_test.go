package lang

import (
	"os"
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

func BenchmarkDetect(b *testing.B) {
	data, _ := os.ReadFile("../../examples/article.txt")
	text := strings.Repeat(string(data), 3)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Detect(text)
	}
}

// BenchmarkDetectLanguages: Detect on a sample of each test language.
func BenchmarkDetectLanguages(b *testing.B) {
	var texts []string
	for _, words := range testWords {
		texts = append(texts, strings.Repeat(strings.Join(words, " ")+". ", 20))
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Detect(t)
		}
	}
}

// BenchmarkWhatlanggo: whatlanggo's DetectWithOptions on the sample Detect
// reads, for comparison with BenchmarkDetectInfo.
func BenchmarkWhatlanggo(b *testing.B) {
	data, _ := os.ReadFile("../../examples/article.txt")
	text := sample(string(data))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		whatlanggo.DetectWithOptions(text, detectOptions)
	}
}

func BenchmarkDetectInfo(b *testing.B) {
	data, _ := os.ReadFile("../../examples/article.txt")
	text := sample(string(data))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		detectInfo(text)
	}
}
