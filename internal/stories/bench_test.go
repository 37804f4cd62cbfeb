package stories

import (
	"testing"

	"github.com/lede-news/lede/internal/stories/synth"
)

// BenchmarkBuild times copies + stories over generated articles; the
// command `lede bench cluster --generate 100000` gives the figure at scale.
func BenchmarkBuild(b *testing.B) {
	arts := synthArticles(synth.Options{Events: 3000, Reports: 4, Copies: 2, Paragraphs: 6, Seed: 1})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Build(arts)
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
