package stories

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/stories/synth"
)

// BenchmarkBuild times copies + stories over generated articles; the
// command `lede bench cluster --generate 100000` gives the figure at scale.
func BenchmarkBuild(b *testing.B) {
	gen := synth.Generate(synth.Options{Events: 3000, Reports: 4, Copies: 2, Paragraphs: 6, Seed: 1})
	arts := make([]*model.Article, len(gen))
	for i, g := range gen {
		a := &model.Article{ID: g.ID, Title: g.Title, Text: g.Text, Outlet: g.Outlet, URL: g.URL}
		if !g.Date.IsZero() {
			a.Dates.Published = &model.Date{Value: g.Date.Format("2006-01-02T15:04:05Z07:00")}
		}
		arts[i] = a
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Build(arts)
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
