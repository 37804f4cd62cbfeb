package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// TestRankedEntry: rule "ranked-entry" keeps a listicle's numbered
// entries whose headings link to the places they rank, which rule
// "teaser-card" takes for teasers; the box of other stories under the
// article still goes, a headline opening with a German date ("2.
// Oktober") among them: no entry ranked next to it. A card beside it
// whose headline opens with another date ("24. Oktober") ranks it
// neither: only a rank one apart does.
func TestRankedEntry(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><meta property="og:type" content="article"></head><body><main><article><h1>The five best bakeries of Port Ellis</h1>` + points(24) + `<div class="ranking">`)
	names := []string{"Crumb and Anchor", "The Rye Loft", "Saltwick Ovens", "Marram Bakehouse", "Little Quay Bread"}
	for i, n := range names {
		fmt.Fprintf(&b, `<section class="entry"><h2><a href="https://bakery%d.example/">%d. %s</a></h2>`+
			`<p>Entry %d: sourdough baked before dawn in a wood oven, sold out by nine, and a queue of fishermen at the door every Saturday.</p></section>`, i, i+1, n, i)
	}
	// The ranking closes the article, as a box of other stories would.
	b.WriteString(`</div><div class="more">`)
	for i, h := range []string{"2. Oktober: ferry fares rise", "24. Oktober: the harbour market moves indoors", "New cycle lane opens on Dune Road", "Library extends its winter hours"} {
		fmt.Fprintf(&b, `<div class="card"><h3><a href="/news/story-%d">%s</a></h3><p>Teaser %d: what the change means for residents of the old town.</p></div>`, i, h, i)
	}
	b.WriteString(`</div></article></main></body></html>`)
	a := mustExtract(t, b.String())
	for i := range names {
		checkKept(t, a, fmt.Sprintf("Entry %d:", i), "ranked entry", true)
	}
	checkKept(t, a, "3. Saltwick Ovens", "entry heading", true)
	checkKept(t, a, "Teaser 0:", "dated teaser", false)
	checkKept(t, a, "Teaser 1:", "dated teaser beside it", false)
	checkKept(t, a, "Teaser 2:", "teaser", false)
}

// TestRankOf is a table test of rankOf.
func TestRankOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"1. Crumb and Anchor", 1},
		{"12) The Rye Loft", 12},
		{"100. Saltwick Ovens", 100},
		{"0. Nothing", 0},               // no rank
		{"101. Too far", 0},             // beyond maxRank
		{"2026. A year", 0},             // a year
		{"3.5 million visitors", 0},     // a figure
		{"Crumb and Anchor", 0},         // no ordinal
		{"7 things to do in spring", 0}, // a count
		{"4.", 0},                       // nothing after it
	} {
		if got := rankOf(tc.in); got != tc.want {
			t.Errorf("rankOf(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
