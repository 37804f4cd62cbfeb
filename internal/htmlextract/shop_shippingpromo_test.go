package htmlextract

import (
	"strings"
	"testing"
)

func TestShippingPromoLine(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Free shipping on orders over $60", true},
		{"FREE 2-Day Shipping Over $45", true},
		{"€7 flat rate | Free delivery from €120", true},
		{"Livraison offerte dès 90 € !", true},
		{"Versand kostenlos ab 40 €", true},
		{"Free returns on orders of $30 and more", true},
		{"Free shipping", false},                                                     // no amount: at times the product's own term
		{"Free delivery and free returns", false},                                    // no amount
		{"Free gift wrap with any order over $50; standard shipping applies", false}, // "free" is the wrap's
		{"Save $20 on the lamp and its shade", false},                                // an offer, not shipping
		{"Orders over $60 ship within two days", false},
		{"Free shipping on every order over $60, packed in recycled card, and every parcel tracked to your door", false}, // a paragraph of terms
	}
	for _, c := range cases {
		if got := shippingPromo(c.in); got != c.want {
			t.Errorf("shippingPromo(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestShippingPromoDropped: the shop's terms repeated in a product's buy
// box go; the description stays, its own sentence on shipping too.
func TestShippingPromoDropped(t *testing.T) {
	buyBox := `<div class="buy"><p>Walnut base, linen shade</p><p>Free shipping on orders over $85</p></div>`
	page := strings.Replace(shopPage(ogProduct, `<p>Each lamp is packed by hand in a box of folded card, with no plastic at all, and ships from our workshop in Marrowgate.</p>`),
		`</h1>`, `</h1>`+buyBox, 1)
	a, err := Extract(page, Options{URL: "https://example.com/p/1", Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Tarnhollow lamp throws") || !strings.Contains(a.Text, "packed by hand") {
		t.Fatalf("description lost; text:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "orders over $85") {
		t.Errorf("shipping terms kept; text:\n%s", a.Text)
	}
}
