package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestUnitAbbrevStop checks rule unitAbbrevStop: a unit's abbreviation
// after a figure ends the search for the noun it counts, so a plural
// further on is not counted; a plain count still is. Texts invented.
func TestUnitAbbrevStop(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The Velmor bike weighs 52 lbs Side mirrors are extra.", nil},
		{"en", "Orla found 25 MPH top speed feels slow on the Dunmore road.", nil},
		{"en", "The Dunmore bakery sells 2 lb loaves every morning.", nil},
		{"en", "The Dunmore bakery sells 200 loaves every morning.", []string{"loaves"}},
	}
	checkLang(t, tests, unit)
}
