package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/analysis"
	"github.com/lede-news/lede/internal/model"
)

// TestAnalyzeStored: Analyze on a stored record (lede analyse) replaces the
// earlier analysis, keeps the other warnings, and does not repeat the
// analysis' own warnings when run again.
func TestAnalyzeStored(t *testing.T) {
	a := &model.Article{Title: "Budget", Text: "“We will cut nothing,” said Ann Bell, the council leader.",
		Warnings: []string{"mis-declared charset"}, Quotes: []model.Quote{{Text: "stale"}}, Places: []model.Entity{{Name: "Stale"}}}
	Analyze(a)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Ann Bell" || len(a.Places) != 0 {
		t.Errorf("quotes %+v places %+v", a.Quotes, a.Places)
	}
	t.Cleanup(func() { analyzeStage = analysis.Analyze })
	analyzeStage = func(*model.Article) { panic("boom") }
	Analyze(a)
	Analyze(a)
	want := []string{"mis-declared charset", "analysis skipped: internal error: boom"}
	if diff := cmp.Diff(want, a.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if len(a.Quotes) != 0 || a.Quotes == nil {
		t.Errorf("quotes after a failed analysis = %#v, want empty", a.Quotes)
	}
}
