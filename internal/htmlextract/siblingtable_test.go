package htmlextract

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// siblingTablePage is an invented shop's product page: the description
// and the specification table in tabs side by side, the table's tab
// hidden until clicked (style), a sibling quick-order form after them.
func siblingTablePage(specStyle, ld string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor Canvas Tote - Saltmarsh Goods</title>` + ld + `</head><body>
<header class="site-header"><a href="/">Saltmarsh Goods</a><nav class="main-navigation"><a href="/shop/">Shop</a> <a href="/about/">About</a></nav></header>
<main id="main"><div class="product type-product">
<div class="summary entry-summary"><h1 class="product_title">Harbor Canvas Tote</h1><p class="price">$48.00</p></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li><a href="#tab-description">Description</a></li><li><a href="#tab-additional">Additional information</a></li></ul>
<div class="woocommerce-Tabs-panel panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>
<p>We cut each tote from a single length of twelve-ounce canvas and wax it by hand in our workshop on the river, so no two bags weather quite alike. The base is doubled for strength and the seams are bound so they will not fray.</p>
<p>Inside there is a zipped pocket for keys and a slip pocket sized for a phone. The handles are vegetable-tanned leather riveted through the canvas, long enough to carry on the shoulder.</p>
</div>
<div class="woocommerce-Tabs-panel panel entry-content wc-tab" id="tab-additional" role="tabpanel"` + specStyle + `>
<h2>Additional information</h2>
<table class="shop_attributes"><tbody>
<tr><th>Weight</th><td>0.9 kg</td></tr>
<tr><th>Dimensions</th><td>42 &times; 14 &times; 36 cm</td></tr>
<tr><th>Colour</th><td>Sand, Navy</td></tr>
</tbody></table></div>
<div class="quick-order"><form action="/cart/update" method="post"><table><tr><th>Variant</th><th>Quantity</th></tr>
<tr><td>Sand</td><td><input type="number" value="0"></td></tr><tr><td>Navy</td><td><input type="number" value="0"></td></tr></table></form>
<p>Items in order</p></div>
</div></div></main>
<footer class="site-footer">Saltmarsh Goods, Quay Street</footer></body></html>`
}

const siblingTableLD = `<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Harbor Canvas Tote","offers":{"@type":"Offer","price":"48.00","priceCurrency":"USD"}}</script>`

// TestSiblingTable: rule "sibling-table". The specification table beside
// the description's tab is read, shown or hidden as a tab; the order
// form's table is not.
func TestSiblingTable(t *testing.T) {
	for _, style := range []string{"", ` style="display: none;"`} {
		a := mustExtract(t, siblingTablePage(style, siblingTableLD))
		checkKept(t, a, "twelve-ounce canvas", "description", true)
		checkKept(t, a, "42 × 14 × 36 cm", "specification table"+style, true)
		checkKept(t, a, "Items in order", "quick-order form", false)
		found := false
		for _, b := range a.Body {
			if b.Kind == model.KindTable && strings.Contains(b.Text, "Weight") {
				found = true
			}
		}
		if !found {
			t.Errorf("no table block holds the specifications%s", style)
		}
	}
}

// TestSiblingTableShopOnly: not on a page that declares no product (an
// article's sibling table is a widget as often as not).
func TestSiblingTableShopOnly(t *testing.T) {
	a := mustExtract(t, siblingTablePage(` style="display: none;"`, ""))
	checkKept(t, a, "42 × 14 × 36 cm", "hidden table on a page of no product", false)
}
