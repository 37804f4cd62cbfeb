package cluster

import (
	"testing"

	"github.com/lede-news/lede/internal/stories/synth"
)

// BenchmarkDocTerms times term extraction, the largest per-article cost of
// clustering, on generated ~450-word articles.
func BenchmarkDocTerms(b *testing.B) {
	docs, _ := synthDocs(synth.Options{Events: 50, Reports: 4, Copies: 0, Paragraphs: 10, Seed: 1})
	b.ResetTimer()
	i := 0
	for b.Loop() {
		docTerms(&docs[i%len(docs)])
		i++
	}
}
