package textclean

import (
	"strings"
	"testing"
)

// TestShopFooterLinkRule: a shop's footer column under a product's text
// leaves it; a lone "Gift Cards" heading of a guide stays.
func TestShopFooterLinkRule(t *testing.T) {
	const product = `The Quell storm lantern burns for eleven hours on a filling of lamp oil and hangs from a brass hook.

Its glass chimney is tempered and sold separately by the Orvania Outfitters workshop.

Returns & Exchanges
Gift Cards
Order Status
`
	a, _ := Extract(product, Options{})
	for _, gone := range []string{"Returns & Exchanges", "Gift Cards", "Order Status"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("footer's %q kept:\n%s", gone, a.Text)
		}
	}
	if !strings.Contains(a.Text, "eleven hours") {
		t.Errorf("product text lost:\n%s", a.Text)
	}

	const guide = `Ada Quell of the Harbour Gazette picked presents for every budget this winter.

Gift Cards

A card from a local bookshop lets the reader choose, and the shop keeps the money in Orvania.

Board Games

A cooperative game about saving a lighthouse suits families with young children.
`
	a, _ = Extract(guide, Options{})
	if !strings.Contains(a.Text, "Gift Cards") {
		t.Errorf("guide's heading dropped:\n%s", a.Text)
	}
}
