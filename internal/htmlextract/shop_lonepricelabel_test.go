package htmlextract

import (
	"strings"
	"testing"
)

func TestLonePriceLabel(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Price", true},
		{"Price:", true},
		{" PRICE ", true},
		{"Prix", true},
		{"Price $40", false},          // the figure itself
		{"Price of a mooring", false}, // a phrase, not a label
		{"Prices", false},
		{"", false},
	}
	for _, c := range cases {
		if got := lonePriceLabel(c.in); got != c.want {
			t.Errorf("lonePriceLabel(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestLonePriceLabelsDropped: a course board's cards caption each fee
// "Price"; the captions go, the fees and the courses stay. A guide's
// section headed "Price" keeps its heading.
func TestLonePriceLabelsDropped(t *testing.T) {
	var cards strings.Builder
	for i, name := range []string{"Tidal charts for skippers", "Knots of the Orvanian fleet", "Sailmaking by hand"} {
		cards.WriteString(`<div class="course"><h2>` + name + `</h2><p>A six-week evening course at the harbour school, taught by the masters who keep the old boats of the bay afloat.</p><p>Price</p><p>$` + string(rune('2'+i)) + `40</p></div>`)
	}
	page := `<html><head><title>Courses | Harbour School</title></head><body><main><h1>Evening courses</h1>` + cards.String() + `</main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Knots of the Orvanian fleet", "course", true)
	checkKept(t, a, "$340", "fee", true)
	checkKept(t, a, "Price", "fee caption", false)

	guide := `<html><head><title>Choosing a dinghy | Harbour Gazette</title></head><body><article><h1>Choosing a dinghy</h1>` +
		`<p>Ada Quell has sailed the bay for thirty years, and she says a first boat should forgive its owner more than it should win races.</p>` +
		`<h3>Price</h3><p>A sound second-hand hull costs about a season's mooring fees, and a new one three times that, before its sails and trailer.</p>` +
		`<h3>Upkeep</h3><p>Varnish, rope and a winter under cover add a tenth of the price each year, more for wood than for glass fibre.</p></article></body></html>`
	a = mustExtract(t, guide)
	checkKept(t, a, "Price\n", "guide's section heading", true)
}

func TestQuantityLabel(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Quantity", true},
		{"Qty:", true},
		{"Menge", true},
		{"Quantity discounts for schools", false},
		{"2", false},
	}
	for _, c := range cases {
		if got := quantityLabel(c.in); got != c.want {
			t.Errorf("quantityLabel(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestQuantityLabelDropped: a buy box's stepper caption goes; its
// price, its shipping note and the product's description stay.
func TestQuantityLabelDropped(t *testing.T) {
	page := `<html><head><title>Tarnhollow Lamp</title>` + ogProduct + `</head><body><main><div class="pdp"><h1>Tarnhollow Lamp</h1>` +
		`<div class="buy"><p>$64</p><div class="stepper"><p>Quantity</p><input value="1"></div><p>Ships in a crate of pine wool.</p></div>` +
		`<div class="desc"><p>The Tarnhollow lamp throws a warm, even light across a reading chair, and its shade of waxed linen softens the glare of the bulb.</p></div>` +
		`</div></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Tarnhollow lamp throws", "description", true)
	checkKept(t, a, "pine wool", "shipping note", true)
	checkKept(t, a, "Quantity", "stepper caption", false)
}
