package htmlmeta

import "testing"

// dropIconGlyphsTests pin rule titleIconGlyph: private-use icon glyphs
// leave the title with the space around them; every other character,
// emoji and symbols a reader can see among them, stays.
var dropIconGlyphsTests = []struct{ in, want string }{
	{"\ue80d Lantern walk moves to the old quay", "Lantern walk moves to the old quay"},
	{"Lantern walk moves to the old quay \uf0c1", "Lantern walk moves to the old quay"},
	{"Lantern walk \U000F0001 moves inland", "Lantern walk moves inland"},
	{"Lantern walk moves to the old quay 🏮", "Lantern walk moves to the old quay 🏮"},
	{"Tide tables ★ Lantern walk", "Tide tables ★ Lantern walk"},
}

func TestDropIconGlyphs(t *testing.T) {
	for _, tt := range dropIconGlyphsTests {
		if got := dropIconGlyphs(tt.in); got != tt.want {
			t.Errorf("dropIconGlyphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestIconGlyphTitle pins the rule on an invented page whose theme types
// an icon-font arrow into its headline, worded apart from the <title>: the
// headline comes out without the arrow.
func TestIconGlyphTitle(t *testing.T) {
	const text = "The lantern walk of the Quillon harbour festival will start from the old quay this year, the organisers said, because the new pier is still closed for repairs after the autumn storms."
	page := `<html lang="en"><head><title>Festival lantern walk to start at the old quay | Quillon Harbour Post</title><meta property="og:site_name" content="Quillon Harbour Post"></head><body><main><article><h1>` + "\ue80d" + ` Lantern walk moves to the old quay</h1><p>` + text + `</p></article></main></body></html>`
	if got := Extract(parse(t, page), "https://harbourpost.example/lantern-walk", testNow).Title; got != "Lantern walk moves to the old quay" {
		t.Errorf("title = %q", got)
	}
}
