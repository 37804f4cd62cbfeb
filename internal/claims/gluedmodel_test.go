package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGluedModel checks rule gluedModel: a figure with a glued "C" or
// "F" after "the" or a possessive with no noun of heat after it names a
// model, no temperature; after a verb or "a", or before a noun of heat,
// it stays one. Texts invented.
func TestGluedModel(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The 100F folds in seconds, and the 2C lasts all week.", nil},
		{"en", "Buyers in Harlow snapped up the 100F heater.", nil},
		{"en", "Critics said their 50C was slower.", nil},
		{"en", "The mercury hit 104F in Tarnby, and the 40C mark fell on Friday.", []string{UnitFahrenheit, UnitCelsius}},
		{"en", "Forecasters at Corran expect a 40C day.", []string{UnitCelsius}},
		{"en", "It was 38C in Tarnby. Corran saw 12F overnight.", []string{UnitCelsius, UnitFahrenheit}},
	}
	checkLang(t, tests, unit)
}
