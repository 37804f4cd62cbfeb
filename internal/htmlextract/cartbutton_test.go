package htmlextract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// cartButtonPage is an invented boatyard's category page in the markup of
// a common shop plugin: each card's linked name and price, then an "Add
// to basket" link styled as a button, and wish-list and compare links.
// With long, a description of three paragraphs stands before the grid.
func cartButtonPage(long bool) string {
	names := []string{"Birch Rowing Oar", "Ashwood Paddle", "Cedar Canoe Seat", "Brass Oarlock Pair", "Hemp Mooring Line", "Cork Float Ring", "Tarred Boat Twine"}
	var cards strings.Builder
	for i, n := range names {
		fmt.Fprintf(&cards, `<li class="product type-product instock"><a href="/product/p%d/" class="woocommerce-LoopProduct-link"><img src="/img/%d.jpg" alt=""><h2 class="woocommerce-loop-product__title">%s</h2><span class="price"><span class="amount">&pound;%d.00</span></span></a>`+
			`<a href="?add-to-cart=%d" class="button add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a>`+
			`<div class="actions-secondary"><a href="#" class="action towishlist" role="button"><span>Add to Wish List</span></a><a href="#" class="action tocompare" role="button"><span>Add to Compare</span></a></div></li>`+"\n", i, i, n, 20+3*i, i)
	}
	desc := `<p>Hand-shaped in our Fenmoor workshop from seasoned timber.</p>`
	if long {
		desc += `<p>Each oar is cut from a single board of ash or birch, dried for two winters in the loft above the slipway, and finished with three coats of linseed oil.</p>` +
			`<p>We add to cart orders a card on caring for the blades, and the workshop in Fenmoor is open for fittings on Saturday mornings.</p>`
	}
	return `<!doctype html><html lang="en-GB"><head><title>Oars &amp; Paddles - Fenmoor Boatworks</title></head><body>
<header><nav><ul><li><a href="/shop/">Shop</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<main><h1>Oars &amp; Paddles</h1><div class="term-description">` + desc + `</div>
<p class="woocommerce-result-count">7 oars and paddles</p><ul class="products columns-4">` + cards.String() + `</ul></main>
<footer><p>&copy; 2031 Fenmoor Boatworks</p></footer></body></html>`
}

// TestCartButton: rule "cart-button". No card gives its "Add to basket"
// control, whether the grid is the page (a listing) or follows a long
// description (rule "price-grid" writing each card), and a sentence that
// names the cart stays.
func TestCartButton(t *testing.T) {
	for _, long := range []bool{false, true} {
		a := mustExtract(t, cartButtonPage(long))
		for _, want := range []string{"Birch Rowing Oar", "£20.00", "Tarred Boat Twine", "£38.00"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("long=%v: body lacks %q:\n%s", long, want, a.Text)
			}
		}
		for _, control := range []string{"Add to basket", "Wish List", "Compare"} {
			if strings.Contains(a.Text, control) {
				t.Errorf("long=%v: body holds the control %q:\n%s", long, control, a.Text)
			}
		}
		if long && !strings.Contains(a.Text, "We add to cart orders a card") {
			t.Errorf("long=%v: body lost the sentence naming the cart:\n%s", long, a.Text)
		}
	}
}

// cartButtonCase is one element for cartButton and its verdict.
type cartButtonCase struct {
	html string
	want bool
}

// checkCartButtons parses each case's element and checks cartButton's
// verdict on it.
func checkCartButtons(t *testing.T, cases []cartButtonCase) {
	t.Helper()
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatal(err)
		}
		n := findBody(doc).FirstChild
		if got := cartButton(n, attr(n, "class")); got != c.want {
			t.Errorf("cartButton(%s) = %v, want %v", c.html, got, c.want)
		}
	}
}

func TestCartButtonLabels(t *testing.T) {
	checkCartButtons(t, []cartButtonCase{
		{`<a href="?add-to-cart=3">Add to basket</a>`, true},
		{`<a href="/cart"><span> ADD TO   CART </span></a>`, true},
		{`<div class="btn add-to-cart">Add to Bag</div>`, true},
		{`<span role="button">In den Warenkorb</span>`, true},
		{`<div class="price-box">Add to cart</div>`, false},
		{`<a href="/cart">Add to cart now</a>`, false},
		{`<a href="#" role="button"><span>Add to Wish List</span></a>`, true},
		{`<a href="#" class="action tocompare">Add to Compare</a>`, true},
		{`<a href="/wishlist">Add to my list</a>`, false},
	})
}
