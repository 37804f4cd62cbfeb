package lang

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkDetect(b *testing.B) {
	data, _ := os.ReadFile("../../examples/article.txt")
	text := strings.Repeat(string(data), 3)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Detect(text)
	}
}
