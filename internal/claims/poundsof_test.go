package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPoundsOf checks rule poundsOf: "pounds of" before a noun that is no
// money weighs the noun, even after a word of money ("sold"); before a
// noun of money the pounds stay a sum.
// Texts invented.
func TestPoundsOf(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The Dunmore bakery sold 40 pounds of flour every morning.", []string{"pounds"}},
		{"en", "Coach Ilsa Marrow said her squad gained 6 pounds of muscle.", []string{"pounds"}},
		{"en", "The council spent 40,000 pounds of public money on the Dunmore bridge.", []string{"GBP"}},
		{"en", "The Dunmore charity raised 12,000 pounds last spring.", []string{"GBP"}},
	}
	checkLang(t, tests, unit)
}
