package htmlextract

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMarkLine: rule "mark-line". A shop's page sets a notice and two
// rating lines of stars alone over the product's name; the name, the
// page's title, is still found among the first blocks and leaves the
// text.
func TestMarkLine(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quayside Kettle</title></head><body>
<div class="product-page"><p>Orders placed before noon leave our warehouse on the same working day.</p>
<div class="rating-upper"><span>★</span><span>★</span><span>★</span><span>★</span><span>★</span></div>
<div class="rating-lower"><span>★</span><span>★</span><span>★</span><span>★</span><span>★</span></div>
<h1>Quayside Kettle</h1>
<p>A stovetop kettle pressed from a single sheet of enamelled steel, with a whistle that lifts off for quiet mornings and a handle that stays cool over a gas flame.</p>
<p>It holds two litres, enough for a pot of tea for six, and works on gas, electric and induction hobs alike.</p>
</div></body></html>`
	a := mustExtract(t, page)
	for _, b := range a.Body {
		if b.Kind == model.KindHeading && b.Text == "Quayside Kettle" {
			t.Errorf("the headline stayed in the text:\n%s", a.Text)
		}
	}
	checkKept(t, a, "single sheet of enamelled steel", "description", true)
}

var hasWordCharCases = []struct {
	in   string
	want bool
}{
	{"★ ★ ★ ★ ★", false},
	{"· · ·", false},
	{"", false},
	{"★★★★☆ 4.2", true},
	{"Quayside Kettle", true},
	{"Ωμέγα", true},
}

func TestHasWordChar(t *testing.T) {
	for _, tc := range hasWordCharCases {
		if got := hasWordChar(tc.in); got != tc.want {
			t.Errorf("hasWordChar(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
