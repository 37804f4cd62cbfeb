package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLeadingZero checks rule leadingZero: a whole number written with a
// leading zero is a code or a label, no count; a group of thousands and
// a decimal stay figures. Texts invented.
func TestLeadingZero(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The Velmor catalogue lists 007 lamps as sold out.", nil},
		{"en", "Read more 04 Cloud backup keeps Harlow offices in step.", nil},
		{"en", "The Dunmore survey followed 105,000 adults for a decade.", []string{UnitPeople}},
		{"en", "Prices in Corran rose 0.5% in May.", []string{UnitPercent}},
	}
	checkLang(t, tests, unit)
}
