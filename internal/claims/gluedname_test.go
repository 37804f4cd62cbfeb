package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGluedName checks rule gluedName: a figure with a glued "C" or "F"
// is no temperature glued inside a code (a code point, a file's name);
// after a verb, a sentence's start, a weekday, a minus sign or a bracket
// it is.
// Texts invented.
func TestGluedName(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The escape table maps code points U+0000 to U+001F in Velmor files.", nil},
		{"en", "Orla Penn saved the chart as /files/tarnby_sizes_1C.jpg today.", nil},
		{"en", "Temperatures in Tarnby reached 41C on Monday.", []string{UnitCelsius}},
		{"en", "It was 77F (25C) in Tarnby on Monday.", []string{UnitFahrenheit, UnitCelsius}},
		{"en", "Friday 30C heat kept the Tarnby market closed.", []string{UnitCelsius}},
	}
	checkLang(t, tests, unit)
}
