package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// priceStatePage is an invented roaster's collection page in the shape of
// a common shop theme: each card's price block writes the price in a
// regular box and a sale box, and a unit-price line waits under "hidden";
// onSale lists the cards whose block is in its on-sale state (regular
// price struck through in the sale box). With boxes, each card also
// writes its name in the picture's box (a "card--media" card; the last
// card has no picture, "card--text"), the roaster's name over the name
// under the picture, and the second card its "Sold out" badge in both
// places.
func priceStatePage(onSale map[int]string, boxes bool) string {
	names := []string{"Harbour Fog Blend", "Lantern Night Roast", "Copper Kettle Decaf", "Tidewater Breakfast Roast", "Marsh Ember Espresso", "Quayside Cold Brew Pack"}
	var cards strings.Builder
	for i, name := range names {
		price := fmt.Sprintf("$%d.50", 14+i)
		state, was, regular := "price", "", price
		if w, ok := onSale[i]; ok {
			state, was, regular = "price price--on-sale", w, w
		}
		open := `<div class="card">`
		if boxes {
			kind, badge := "card--media", ""
			if i == len(names)-1 {
				kind = "card--text"
			}
			if i == 1 {
				badge = `<div class="card__badge"><span class="badge">Sold out</span></div>`
			}
			open = fmt.Sprintf(`<div class="card-wrapper product-card-wrapper"><div class="card card--standard %s"><div class="card__inner"><div class="card__content"><div class="card__information">`+
				`<h3 class="card__heading"><a href="/products/p%d">%s</a></h3></div>%s</div></div><div class="card__content">%s<div class="card__information"><div class="card__vendor">Gullwing Roasters</div>`, kind, i, name, badge, badge)
		}
		fmt.Fprintf(&cards, `<li class="grid__item">%s<h3 class="card__heading h5"><a href="/products/p%d" class="full-unstyled-link">%s</a></h3>
<div class="card-information"><div class="%s"><div class="price__container">
  <div class="price__regular"><span class="visually-hidden">Regular price</span> <span class="price-item price-item--regular">%s</span></div>
  <div class="price__sale"><span class="visually-hidden">Regular price</span> <span><s class="price-item price-item--regular">%s</s></span> <span class="visually-hidden">Sale price</span> <span class="price-item price-item--sale">%s</span></div>
  <small class="unit-price caption hidden"><span class="visually-hidden">Unit price</span> <span><span></span> <span aria-hidden="true">/</span> <span class="visually-hidden">per</span></span></small>
</div></div></div></div></li>`, open, i, name, state, regular, was, price)
	}
	return `<!doctype html><html lang="en"><head><title>Whole Bean Coffee – Gullwing Roasters</title></head><body>
<header><nav><a href="/">Home</a> <a href="/collections/all">Shop</a> <a href="/pages/about">About</a></nav></header>
<main><h1>Whole Bean Coffee</h1><div class="rte"><p>Small-batch roasts from our waterfront roastery in Port Averly, shipped within two days of roasting.</p></div>
<p class="product-count">6 products</p><ul class="grid product-grid">` + cards.String() + `</ul></main>
<footer><p>© 2031 Gullwing Roasters</p></footer></body></html>`
}

// TestPriceState: rule "price-state". Each card gives its price once, an
// on-sale card its struck-through price and its sale price, and no card
// the bare "/" of its empty unit-price line.
func TestPriceState(t *testing.T) {
	a := mustExtract(t, priceStatePage(map[int]string{2: "$19.00"}, false))
	text := a.Text
	for _, want := range []string{"Harbour Fog Blend", "$14.50", "Copper Kettle Decaf", "$19.00 $16.50", "Quayside Cold Brew Pack", "$19.50"} {
		if !strings.Contains(text, want) {
			t.Errorf("body lacks %q:\n%s", want, text)
		}
	}
	for _, price := range []string{"$19.00", "$14.50", "$15.50", "$17.50", "$18.50", "$19.50"} {
		if n := strings.Count(text, price); n != 1 {
			t.Errorf("%s given %d times, want once:\n%s", price, n, text)
		}
	}
	for _, b := range a.Body {
		if strings.TrimSpace(b.Text) == "/" {
			t.Errorf("a block is the unit-price line's bare %q:\n%s", b.Text, text)
		}
	}
}

func TestClassHasName(t *testing.T) {
	cases := []struct {
		v, name string
		want    bool
	}{
		{"price price--on-sale", "price", true},
		{"price price--on-sale", "price--on-sale", true},
		{"price--on-sale", "price", false},
		{"price-item price-item--regular", "price", false},
		{"twcss-font price\ttwcss-uppercase", "price", true},
		{"unit-price caption hidden", "hidden", true},
		{"unit-price caption overflow-hidden", "hidden", false},
		{"", "price", false},
	}
	for _, c := range cases {
		if got := classHasName(c.v, c.name); got != c.want {
			t.Errorf("classHasName(%q, %q) = %v, want %v", c.v, c.name, got, c.want)
		}
	}
}

// TestCardState: rule "card-state". Each coffee's name and the sold-out
// badge come once.
func TestCardState(t *testing.T) {
	a := mustExtract(t, priceStatePage(map[int]string{2: "$19.00"}, true))
	for _, s := range []string{"Harbour Fog Blend", "Lantern Night Roast", "Quayside Cold Brew Pack", "Sold out", "$14.50"} {
		if n := strings.Count(a.Text, s); n != 1 {
			t.Errorf("%q given %d times, want once:\n%s", s, n, a.Text)
		}
	}
}

// TestListingGrid: rule "listing-grid". The roaster's collection gives
// every coffee whether or not one of them is on sale, with or without
// picture boxes: never the description alone.
func TestListingGrid(t *testing.T) {
	for _, c := range []struct {
		name   string
		onSale map[int]string
		boxes  bool
	}{
		{"no sale", nil, false},
		{"no sale, picture boxes", nil, true},
		{"one on sale", map[int]string{2: "$19.00"}, false},
	} {
		a := mustExtract(t, priceStatePage(c.onSale, c.boxes))
		for _, s := range []string{"Small-batch roasts", "Harbour Fog Blend", "$14.50", "Tidewater Breakfast Roast", "Quayside Cold Brew Pack", "$19.50"} {
			if !strings.Contains(a.Text, s) {
				t.Errorf("%s: body lacks %q:\n%s", c.name, s, a.Text)
			}
		}
	}
}

// longDescription is a collection description of three invented
// paragraphs, prose enough that the page is no listing: the grid after it
// is emitted by rule "price-grid" card by card.
const longDescription = `<p>Small-batch roasts from our waterfront roastery in Port Averly, shipped within two days of roasting.</p>` +
	`<p>Every lot is cupped by our head roaster, Ilse Varga, before it comes out of the drum; we publish the farm, the altitude and the processing method for each bean on its page.</p>` +
	`<p>Grind sizes for filter, espresso and cafetière are offered at checkout, and subscriptions ship every second Tuesday.</p>`

// withLongDescription puts longDescription in place of the roaster's
// one-line description.
func withLongDescription(page string) string {
	const short = `<p>Small-batch roasts from our waterfront roastery in Port Averly, shipped within two days of roasting.</p>`
	return strings.Replace(page, short, longDescription, 1)
}

// TestCardHidden: rule "card-hidden". The grid after a long description
// gives each price once, no bare "/", and the first card's name and the
// sold-out badge once.
func TestCardHidden(t *testing.T) {
	for _, c := range []struct {
		name   string
		onSale map[int]string
		boxes  bool
		once   []string
	}{
		{"one on sale", map[int]string{2: "$19.00"}, false, []string{"$14.50", "$19.00 $16.50", "Harbour Fog Blend"}},
		{"picture boxes", nil, true, []string{"$14.50", "$16.50", "Harbour Fog Blend", "Sold out"}},
	} {
		a := mustExtract(t, withLongDescription(priceStatePage(c.onSale, c.boxes)))
		if !strings.Contains(a.Text, "subscriptions ship") || !strings.Contains(a.Text, "Marsh Ember Espresso") {
			t.Fatalf("%s: want the description and the grid:\n%s", c.name, a.Text)
		}
		for _, s := range c.once {
			if n := strings.Count(a.Text, s); n != 1 {
				t.Errorf("%s: %q given %d times, want once:\n%s", c.name, s, n, a.Text)
			}
		}
		if strings.Contains(a.Text, " /") {
			t.Errorf("%s: a card holds the unit-price line's bare \"/\":\n%s", c.name, a.Text)
		}
	}
}
