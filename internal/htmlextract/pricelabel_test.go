package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// hiddenPriceLabelPage is an invented tool shop's category page in the
// shape of a hosted shop's theme: each card's price block holds a list
// price and a was price, empty, and a "Now:" label, all hidden until a
// sale, beside the price.
func hiddenPriceLabelPage() string {
	names := []string{"Slate Garden Trowel", "Willow Plant Basket", "Copper Watering Can", "Oak Potting Bench", "Jute Twine Spool", "Clay Seed Tray"}
	var cards strings.Builder
	for i, n := range names {
		fmt.Fprintf(&cards, `<li class="product"><article class="card"><figure class="card-figure"><a href="/p%d/"><img src="/i/%d.jpg" alt="%s"></a></figure>
<div class="card-body"><p class="card-text">Hollin Works</p><h3 class="card-title"><a href="/p%d/">%s</a></h3>
<div class="card-text"><div class="price-section rrp-price" style="display: none;"><span>MSRP:</span> <span class="price price--rrp"></span></div><div class="price-section non-sale-price" style="display: none;"><span>Was:</span> <span class="price price--non-sale"></span></div><div class="price-section"><span class="price-now-label" style="display: none;">Now:</span><span class="price price--withoutTax">$%d.00</span></div></div></div></article></li>`+"\n", i, i, n, i, n, 12+5*i)
	}
	return `<!DOCTYPE html><html lang="en"><head><title>Garden Tools - Hollin Works</title></head><body>
<header><nav><ul><li><a href="/garden/">Garden</a></li><li><a href="/kitchen/">Kitchen</a></li></ul></nav></header>
<main class="body"><div class="page"><aside class="page-sidebar"><nav><h2>Brands</h2><ul><li><a href="/b/hollin/">Hollin Works</a></li></ul></nav></aside>
<div class="page-content"><h1 class="page-heading">Garden Tools</h1><div class="category-description"><p>Tools for small gardens, made to last a lifetime.</p></div>
<ul class="productGrid">` + cards.String() + `</ul></div></div></main>
<footer><p>&copy; 2031 Hollin Works</p></footer></body></html>`
}

// TestHiddenPriceLabel: rule "hidden-price-label". Each card gives its
// name and price, and none the labels its shop shows only in a sale.
func TestHiddenPriceLabel(t *testing.T) {
	a := mustExtract(t, hiddenPriceLabelPage())
	for _, want := range []string{"Slate Garden Trowel", "$12.00", "Clay Seed Tray", "$37.00"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Text)
		}
	}
	for _, label := range []string{"MSRP:", "Was:", "Now:"} {
		if strings.Contains(a.Text, label) {
			t.Errorf("body holds the hidden label %q:\n%s", label, a.Text)
		}
	}
}
