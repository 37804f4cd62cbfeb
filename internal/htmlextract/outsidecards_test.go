package htmlextract

import (
	"strings"
	"testing"
)

// TestOutsideCards covers rule "outside-cards": the teaser cards around
// the article ("More news") are listed in Removed, each with its text.
func TestOutsideCards(t *testing.T) {
	page := `<html><head><title>Council approves new tram line</title></head><body>
<article><h1>Council approves new tram line</h1>` + points(12) + `</article>
<section class="xyz"><h2>More news</h2>
<div class="card"><a href="/a"><h3>Harbour dredging to start in May</h3></a><p>The port authority says the work will last eleven weeks.</p></div>
<div class="card"><a href="/b"><h3>School meals to be free for all pupils</h3></a><p>The scheme will cost the city 12 million a year.</p></div>
</section></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Harbour dredging", "an outside card", false)
	var got []string
	for _, r := range a.Removed {
		if r.Rule == "teaser-card" && r.Kind == "related" {
			got = append(got, r.Text)
		}
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], "Harbour dredging to start in May") || !strings.HasPrefix(got[1], "School meals") {
		t.Errorf("listed cards = %q, removed %+v", got, a.Removed)
	}
}
