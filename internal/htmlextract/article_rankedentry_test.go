package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// TestRankedEntry: rule "ranked-entry" keeps a listicle's numbered
// entries whose headings link to the places they rank, which rule
// "teaser-card" takes for teasers; the box of other stories under the
// article, whose headlines carry no ordinal, still goes.
func TestRankedEntry(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><main><article><h1>The five best bakeries of Port Ellis</h1>` + points(24) + `<div class="ranking">`)
	names := []string{"Crumb and Anchor", "The Rye Loft", "Saltwick Ovens", "Marram Bakehouse", "Little Quay Bread"}
	for i, n := range names {
		fmt.Fprintf(&b, `<section class="entry"><h2><a href="https://bakery%d.example/">%d. %s</a></h2>`+
			`<p>Entry %d: sourdough baked before dawn in a wood oven, sold out by nine, and a queue of fishermen at the door every Saturday.</p></section>`, i, i+1, n, i)
	}
	// The ranking closes the article, as a box of other stories would.
	b.WriteString(`</div></article><div class="more">`)
	for i, h := range []string{"Harbour ferry fares rise in spring", "New cycle lane opens on Dune Road", "Library extends its winter hours"} {
		fmt.Fprintf(&b, `<div class="card"><h3><a href="/news/story-%d">%s</a></h3><p>Teaser %d: what the change means for residents of the old town.</p></div>`, i, h, i)
	}
	b.WriteString(`</div></main></body></html>`)
	a := mustExtract(t, b.String())
	for i := range names {
		checkKept(t, a, fmt.Sprintf("Entry %d:", i), "ranked entry", true)
	}
	checkKept(t, a, "3. Saltwick Ovens", "entry heading", true)
	checkKept(t, a, "Teaser 1:", "teaser", false)
}

// TestRankPrefix is a table test of rankPrefix.
func TestRankPrefix(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"1. Crumb and Anchor", true},
		{"12) The Rye Loft", true},
		{"100. Saltwick Ovens", true},
		{"0. Nothing", false},               // no rank
		{"101. Too far", false},             // beyond maxRank
		{"2026. A year", false},             // a year
		{"3.5 million visitors", false},     // a figure
		{"Crumb and Anchor", false},         // no ordinal
		{"7 things to do in spring", false}, // a count
		{"4.", false},                       // nothing after it
	} {
		if got := rankPrefix(tc.in); got != tc.want {
			t.Errorf("rankPrefix(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
