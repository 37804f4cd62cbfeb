package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// productPage is a made-up shop's item page: the item's box (its <h1>,
// a price, a few lines), then a strip of n other offers as priced cards
// whose link is an empty overlay; kind is its og:type.
func productPage(kind string, n int) string {
	return productPageCards(kind, n, `<li><div class="card"><h3>Ferry Mug no. %[1]d in speckled blue</h3><span>$%[2]d.50</span><span>+ $4.00 delivery</span></div><a href="/item/%[1]d"></a></li>`)
}

// productPageCards is productPage with its cards written by card, a
// format of the card's number and its price in dollars.
func productPageCards(kind string, n int, card string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<html><head><meta property="og:type" content="%s"></head><body><main><div class="item">`, kind)
	b.WriteString(`<h1>Harbour Glaze Teapot, large</h1><p class="price">$64.00</p>`)
	b.WriteString(`<p>Thrown by hand in the harbour workshop and fired twice, so no two glazes come out quite alike; holds six cups.</p>`)
	b.WriteString(`<p>Condition: new. Delivery: three to five working days, packed in recycled straw.</p></div>`)
	b.WriteString(`<section><h2>From the same kiln</h2><ul>`)
	for i := range n {
		fmt.Fprintf(&b, card, i, 10+i)
	}
	b.WriteString(`</ul></section></main></body></html>`)
	return b.String()
}

// TestOfferStrip: rule "offer-strip" drops a strip of other offers under
// a declared product, with its heading; it keeps them on a page that
// declares no product (a shop's category page) and a run of cards too
// long for a strip (a category's grid on a shop that calls every page a
// product).
func TestOfferStrip(t *testing.T) {
	tests := []struct {
		name, page string
		kept       bool
	}{
		{"declared product", productPage("product", 8), false},
		{"JSON-LD style kind", productPage("Product", 4), false},
		{"prefixed kind", productPage("shop:product", 4), false},
		{"no product declared", productPage("website", 8), true},
		{"a category's grid", productPage("product", 30), true},
		{"two offers", productPage("product", 2), true},
		{"teaser cards", productPageCards("product", 6, `<li><a href="/item/%[1]d"><h3>Ferry Mug no. %[1]d in speckled blue</h3></a><span>$%[2]d.50</span></li>`), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, "Ferry Mug no. 1", "strip", tc.kept)
			checkKept(t, a, "From the same kiln", "strip's heading", tc.kept)
			if !strings.Contains(tc.name, "grid") {
				checkKept(t, a, "no two glazes", "item", true)
			}
		})
	}
}

// TestOfferStripKeepsTitle: a run of priced linked cards that holds the
// page's <h1> is the product's own box (here its title sits in the first
// of its variants' cards), not a strip of other offers: rule
// "offer-strip" leaves it.
func TestOfferStripKeepsTitle(t *testing.T) {
	page := productPage("product", 4)
	const h1 = `<h1>Harbour Glaze Teapot, large</h1>`
	page = strings.Replace(page, h1, "", 1)
	page = strings.Replace(page, `<li><div class="card">`, `<li><div class="card">`+h1, 1)
	a := mustExtract(t, page)
	checkKept(t, a, "Ferry Mug no. 1", "variant cards", true)
}

func TestDeclaresProduct(t *testing.T) {
	for s, want := range map[string]bool{
		"Product": true, "product": true, "og:product": true, "shop:Product": true,
		"product.group": false, "ProductGroup": false, "website": false, "": false, "Article": false,
	} {
		if got := declaresProduct(s); got != want {
			t.Errorf("declaresProduct(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStripCardSized: a strip's card may be a pruned teaser (a linked
// heading over a price), not a box pruned for its class.
func TestStripCardSized(t *testing.T) {
	tests := []struct {
		name string
		p    nodeInfo
		want bool
	}{
		{"plain card", nodeInfo{text: 80}, true},
		{"teaser card", nodeInfo{text: 80, flags: fEffBoiler | fTeaser}, true},
		{"classed box", nodeInfo{text: 80, flags: fEffBoiler, boiler: bkNav, word: wordOf(t, "class:nav")}, false},
		{"classed teaser", nodeInfo{text: 80, flags: fEffBoiler | fTeaser, boiler: bkRelated, word: wordOf(t, "class:related")}, false},
		{"too short", nodeInfo{text: minCardText - 1}, false},
		{"a paragraph's worth", nodeInfo{text: maxStripCard + 1}, false},
	}
	for _, tc := range tests {
		if got := stripCardSized(&tc.p); got != tc.want {
			t.Errorf("%s: stripCardSized = %v, want %v", tc.name, got, tc.want)
		}
	}
}
