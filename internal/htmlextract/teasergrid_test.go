package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// teaserGridPage is an invented shop category page: a grid of product
// cards, each one link around the product's name, a maker line, a code in
// a heading and a price (teaser-shaped: a linked heading), and a notice of
// a few paragraphs; before says whether the grid comes before the notice.
func teaserGridPage(before bool) string {
	var cards strings.Builder
	for i := range 9 {
		fmt.Fprintf(&cards, `<div class="tile"><a class="pic" href="/kites/%d"><img src="/k%d.jpg" alt=""></a>`+
			`<a class="box" href="/kites/%d"><div class="name">Marsh Delta Kite No. %d</div><div>Maker: Windfold</div>`+
			`<h3 class="code"><span>Code:</span> MD-%d</h3><div><span>Price: </span><span>$%d.00</span></div></a></div>`, i, i, i, i, i, 40+i)
	}
	grid := `<div class="tiles">` + cards.String() + `</div>`
	notice := `<div class="notice"><h4>About our prices</h4>` +
		`<p>As an approved seller of the kites shown here, we agree with their makers how prices may appear on this site, and some may appear only in the basket.</p>` +
		`<p>A few kites cannot be put in the basket at all; call the shop and we will take the order by phone and send it the same day.</p>` +
		`<p>A seller who shows the same kite without such limits may not be approved, and its maker may then refuse the guarantee.</p></div>`
	body := notice + grid
	if before {
		body = grid + notice
	}
	return `<html><head><title>Delta kites</title></head><body><nav><a href="/">Home</a> <a href="/basket">Basket</a></nav>` +
		`<main><h1>Delta kites</h1>` + body + `</main><footer><a href="/terms">Terms</a></footer></body></html>`
}

// TestTeaserGrid: rule "teaser-grid". A grid of teaser-shaped priced cards
// before the page's prose is the category page's content; the same strip
// after the prose is left out (a "more products" strip).
func TestTeaserGrid(t *testing.T) {
	for _, before := range []bool{true, false} {
		a, err := Extract(teaserGridPage(before), Options{})
		if err != nil {
			t.Fatal(err)
		}
		text := a.Text
		if !strings.Contains(text, "About our prices") {
			t.Errorf("before=%v: the notice is missing:\n%s", before, text)
		}
		if got := strings.Count(text, "Marsh Delta Kite No."); (got == 9) != before || (!before && got != 0) {
			t.Errorf("before=%v: %d cards in the text:\n%s", before, got, text)
		}
		for _, r := range a.Removed {
			if before && strings.Contains(r.Text, "Marsh Delta Kite") {
				t.Errorf("an emitted card is listed as removed: %+v", r)
			}
		}
	}
}
