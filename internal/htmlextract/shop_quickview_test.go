package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// quickViewPage is an invented chandler's category page: a long buying
// note, then a grid of cards whose picture link holds a "Quick View"
// box styled as a button, and whose footer has a "Quick Shop" link with
// a button's role, as two common themes set them.
func quickViewPage() string {
	names := []string{"Tarred Hemp Line", "Galvanised Shackle", "Bronze Cleat", "Oak Belaying Pin", "Canvas Sail Bag", "Beeswax Block", "Marline Spike"}
	var cards strings.Builder
	for i, n := range names {
		fmt.Fprintf(&cards, `<div class="item-cell"><a href="/item/%d"><img src="/i/%d.jpg" alt="%s"><div class="btn btn-large btn-preview">Quick View</div></a>`+
			`<a class="item-title" href="/item/%d">%s</a><p class="price">$%d.50</p>`+
			`<a href="#" role="button" class="preview-link"><span class="preview-label">Quick Shop</span></a></div>`+"\n", i, i, n, i, n, 12+4*i)
	}
	return `<!doctype html><html lang="en"><head><title>Rigging - Saltmere Chandlery</title></head><body>
<main><h1>Rigging</h1><div class="intro"><p>Every fitting on these shelves has been hauled, knotted and soaked by our riggers in Saltmere harbour before it earns a place in the shop.</p>
<p>Hemp and marline are laid up in the loft above the quay, the bronze is cast a few streets away, and the oak pins are turned from boards that dried for three winters under the sail loft.</p>
<p>Ask at the counter for splicing: the riggers will whip the ends of any line you buy while you wait, and a quick view of the knot board by the door shows what they can tie.</p></div>
<div class="item-grid">` + cards.String() + `</div></main><footer><p>Saltmere Chandlery</p></footer></body></html>`
}

// TestQuickViewControl: rule "cart-button" takes a card's quick-view
// controls as it takes its cart button; the names, prices and a sentence
// that says "quick view" stay.
func TestQuickViewControl(t *testing.T) {
	a := mustExtract(t, quickViewPage())
	for _, want := range []string{"Tarred Hemp Line", "$12.50", "Marline Spike", "$36.50", "a quick view of the knot board"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Text)
		}
	}
	for _, control := range []string{"Quick View", "Quick Shop"} {
		if strings.Contains(a.Text, control) {
			t.Errorf("body holds the control %q:\n%s", control, a.Text)
		}
	}
}

func TestQuickViewLabels(t *testing.T) {
	checkCartButtons(t, []cartButtonCase{
		{`<div class="btn btn-preview">Quick View</div>`, true},
		{`<a href="#" role="button"><span>Quick Shop</span></a>`, true},
		{`<span class="button">QUICKVIEW</span>`, true},
		{`<div class="note">Quick view</div>`, false}, // no button
		{`<a href="/tour">Quick view of the harbour</a>`, false},
	})
}
