package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestModelNumber checks rule modelNumber: a four-digit number between a
// product's capitalised name and a lower-case word is its model, no
// count; after a stray capital preposition, or before a unit, it stays a
// figure. Texts invented.
func TestModelNumber(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "We have been selling Brackwell 7000 mowers all summer.", nil},
		{"en", "Orla still repairs old Velmor 2400 consoles at night.", nil},
		{"en", "See the map With 1500 shops in Dunmore alone.", []string{"shops"}},
		{"en", "The Velmor Projector 5100 lumens is bright.", []string{"lumens"}},
	}
	checkLang(t, tests, unit)
}
