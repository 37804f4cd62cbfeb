package quotes

import (
	"os"
	"strings"
	"testing"
)

// thousandWords builds a synthetic article of about 1,000 words from the
// testdata articles.
func thousandWords(b *testing.B) string {
	var parts []string
	for _, f := range []string{"testdata/hospital.txt", "testdata/match.txt", "testdata/forms.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	text := strings.Join(parts, "\n\n")
	for len(strings.Fields(text)) < 1000 {
		text += "\n\n" + text
	}
	// Cut at the paragraph end nearest after 1,000 words.
	paras := strings.Split(text, "\n\n")
	n := 0
	for i, p := range paras {
		n += len(strings.Fields(p))
		if n >= 1000 {
			return strings.Join(paras[:i+1], "\n\n")
		}
	}
	return text
}

// BenchmarkExtract1000Words times people analysis plus quote extraction on
// a 1,000-word article (one core).
func BenchmarkExtract1000Words(b *testing.B) {
	text := thousandWords(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, Options{})
	}
}

var wordCountSink int

// BenchmarkWordCount times wordCount on a clause of 15 words, the size it
// sees in indirect's checks.
func BenchmarkWordCount(b *testing.B) {
	const clause = "  the council said on Tuesday that the pier would reopen in May, after repairs "
	b.ReportAllocs()
	for b.Loop() {
		wordCountSink += wordCount(clause)
	}
}
