package htmlextract

import "testing"

// currencyPage is an invented shop's product page whose prices set the
// currency mark in a span of its own, beside a currency picker.
func currencyPage(ld string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor Canvas Tote</title>` + ld + `</head><body>
<header class="site-header"><a href="/">Saltmarsh Goods</a><div class="currency-switcher"><a href="?cur=usd">USD</a> <a href="?cur=eur">EUR</a></div></header>
<main><h1>Harbor Canvas Tote</h1>
<p class="price"><span class="shop-Price-amount amount"><bdi><span class="shop-Price-currencySymbol">&#36;</span>48.00</bdi></span></p>
<p>We cut each tote from a single length of twelve-ounce canvas and wax it by hand in our workshop on the river, so no two bags weather quite alike.</p>
<p>Inside there is a zipped pocket for keys and a slip pocket sized for a phone; the handles are riveted through the canvas.</p>
<p>The base is doubled for strength and every seam is bound, so the edges will not fray however heavy the shopping or the books you carry in it.</p>
<p>Wipe it clean with a damp cloth and wax it again once a year, and the canvas will keep shedding rain for as long as you own it.</p>
</main></body></html>`
}

// TestCurrencyPart: rule "currency-part". On a shop's page the price
// keeps its currency mark and the picker still goes; on a page that
// declares no product the mark goes as before.
func TestCurrencyPart(t *testing.T) {
	a := mustExtract(t, currencyPage(siblingTableLD))
	checkKept(t, a, "$48.00", "price with its currency mark", true)
	checkKept(t, a, "EUR", "currency picker", false)
	a = mustExtract(t, currencyPage(""))
	checkKept(t, a, "$48.00", "price on a page of no product", false)
}

var currencyPartCases = []struct {
	cls  string
	want bool
}{
	{"woocommerce-Price-currencySymbol", true},
	{"price-currency", true},
	{"currency_sign", true},
	{"amount currency-code", false}, // the part word must share the name
	{"currency-switcher", false},
	{"currency-selector dropdown", false},
	{"symbol", false},
}

func TestCurrencyPartNames(t *testing.T) {
	for _, tc := range currencyPartCases {
		if got := currencyPart(tc.cls); got != tc.want {
			t.Errorf("currencyPart(%q) = %v, want %v", tc.cls, got, tc.want)
		}
	}
}
