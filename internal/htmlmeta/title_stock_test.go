package htmlmeta

import "testing"

// cutStockStatusTests pin rule titleStockStatus: a closing bracketed
// state of the offer goes; other brackets, and a status that is the whole
// title, stay.
var cutStockStatusTests = []struct{ in, want string }{
	{"Harbour Lantern, Brass, 2 pack (Discontinued Product)", "Harbour Lantern, Brass, 2 pack"},
	{"Harbour Lantern [Sold out]", "Harbour Lantern"},
	{"Sturmlaterne Messing (Ausverkauft)", "Sturmlaterne Messing"},
	{"Lanterne de port (épuisé)", "Lanterne de port"},
	{"Harbour Lantern (2 pack)", "Harbour Lantern (2 pack)"},
	{"Sold Out (Live at the Harbour)", "Sold Out (Live at the Harbour)"},
	{"(Sold out)", "(Sold out)"},
}

func TestCutStockStatus(t *testing.T) {
	for _, tt := range cutStockStatusTests {
		if got := cutStockStatus(tt.in); got != tt.want {
			t.Errorf("cutStockStatus(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStockStatusTitle pins the rule on an invented shop page.
func TestStockStatusTitle(t *testing.T) {
	page := `<html lang="en"><head><title>Harbour Lantern, Brass (Discontinued)</title></head><body><main><h1>Harbour Lantern, Brass (Discontinued)</h1><p>$24.00</p></main></body></html>`
	if got := Extract(parse(t, page), "https://lanterns.example/p/brass", testNow).Title; got != "Harbour Lantern, Brass" {
		t.Errorf("title = %q", got)
	}
}
