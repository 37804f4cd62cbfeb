package htmlextract

import (
	"strings"
	"testing"
)

func TestProductBadge(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"New", true},
		{"NEW", true},
		{"Sale", true},
		{"On Sale", true},
		{"In Stock", true},
		{"Best Seller", true},
		{"Limited Edition", true},
		{"Neu", true},
		{"new", false},              // lower case: a list's item
		{"sale", false},             //
		{"New arrivals", false},     // a section's name
		{"Sale ends Sunday", false}, // an offer's sentence
		{"", false},
	}
	for _, c := range cases {
		if got := productBadge(c.in); got != c.want {
			t.Errorf("productBadge(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// badgePage is a potter's collection page whose cards carry the given
// badges, one a card, before their names.
func badgePage(badges ...string) string {
	names := []string{"Vardell bowl", "Orrindale jug", "Quessly plate", "Brannock cup"}
	var cards strings.Builder
	for i, name := range names {
		badge := ""
		if i < len(badges) {
			badge = `<p class="flag">` + badges[i] + `</p>`
		}
		cards.WriteString(`<li class="card">` + badge + `<h3>` + name + `</h3><p>Thrown on the wheel from the ochre silt of the Orvanian river bank and glazed in two coats of ash.</p></li>`)
	}
	return `<html><head><title>Tableware | Marrowgate Pottery</title></head><body><main><h1>Tableware</h1>` +
		`<p>Every piece is thrown, trimmed and fired in our workshop, so no two are quite alike in weight or in the run of the glaze.</p>` +
		`<ul class="grid">` + cards.String() + `</ul></main></body></html>`
}

// TestProductBadgesDropped: badges flagging several cards go, the cards
// stay; a page with one badge alone keeps it.
func TestProductBadgesDropped(t *testing.T) {
	a := mustExtract(t, badgePage("New", "Sale", "New"))
	checkKept(t, a, "Orrindale jug", "card name", true)
	checkKept(t, a, "New\n", "badge", false)
	checkKept(t, a, "Sale", "badge", false)

	a = mustExtract(t, badgePage("New"))
	checkKept(t, a, "New\n", "a lone badge", true)
}
