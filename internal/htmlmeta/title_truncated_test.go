package htmlmeta

import "testing"

// TestTruncatedMeta pins rule titleTruncatedMeta on invented pages: a
// metadata title cut off with an ellipsis gives way to the page's <h1>
// that opens with its words; an <h1> that opens otherwise, or a whole
// metadata title, keeps the metadata. The pages declare themselves a
// website (og:type), as a site's guide pages do, so that no rule before
// rule 3 reads their <h1>.
func TestTruncatedMeta(t *testing.T) {
	const url = "https://tides.example/almanac/harbour-tides"
	for _, tt := range []struct {
		name, title, h1, want, rule string
	}{
		{"a cut keyword title", "Tide Tables Tide Charts Harbour Tide…", "Tide Tables :: Printable Harbour Almanac", "Tide Tables :: Printable Harbour Almanac", "truncatedMeta"},
		{"three dots", "Tide Tables Tide Charts Harbour Tide...", "Tide Tables :: Printable Harbour Almanac", "Tide Tables :: Printable Harbour Almanac", "truncatedMeta"},
		{"a heading that opens otherwise", "Tide Tables Tide Charts Harbour Tide…", "Gull Watch Gallery", "Tide Tables Tide Charts Harbour Tide…", "meta"},
		{"a whole title", "Tide Tables Tide Charts for Harbour Walkers", "Tide Tables :: Printable Harbour Almanac", "Tide Tables Tide Charts for Harbour Walkers", "meta"},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title><meta property="og:site_name" content="Marlow Tide Almanac"><meta property="og:type" content="website"></head><body><div class="wrap"><div class="hero"><h1>` + tt.h1 + `</h1></div><div class="text"><p>` + tramText + `</p></div></div></body></html>`
		checkTitleRule(t, tt.name, page, url, tt.want, tt.rule)
	}
}
