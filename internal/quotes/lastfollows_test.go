package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLastFollows pins rule lastFollows: a quotation's second passage is
// joined to its first (mergeRunOn) even when a quote found in between
// (here the question of "when asked if") moved the quotes' slice; the
// merge was written to the old copy and the passage lost.
func TestLastFollows(t *testing.T) {
	text := "\u201cThe quay was very quiet,\u201d the harbour master told reporters on Monday when asked if he had seen the storm coming. \u201cIt was very calm.\u201d"
	var direct []model.Quote
	for _, q := range Extract(text, Options{}) {
		checkOffsets(t, text, q)
		if q.Form == model.QuoteDirect {
			direct = append(direct, q)
		}
	}
	if len(direct) != 1 || len(direct[0].Parts) != 2 {
		t.Fatalf("direct quotes %+v: want one of two passages", direct)
	}
	var got []string
	for _, p := range direct[0].Parts {
		got = append(got, text[p.Start:p.End])
	}
	if got[0] != "The quay was very quiet," || got[1] != "It was very calm." {
		t.Errorf("passages %q", got)
	}
}
