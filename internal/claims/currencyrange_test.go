package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// valueRange is a claim's value and its upper end (0 without one).
type valueRange struct{ lo, hi float64 }

// rangeOf is c's valueRange.
func rangeOf(c model.Claim) valueRange {
	r := valueRange{lo: *c.Value}
	if c.ValueMax != nil {
		r.hi = *c.ValueMax
	}
	return r
}

// TestCurrencyRange checks rule currencyRange: a currency's code or sign
// between the range opener and the lower end keeps the upper end.
func TestCurrencyRange(t *testing.T) {
	tests := []langCase[valueRange]{
		{"de", "Die Ausrüstung der Halle in Brennau kostet zwischen CHF 80 000 und 100 000.", []valueRange{{80000, 100000}}},
		{"de", "Der Umbau in Brennau kostet zwischen € 3 und 5 Millionen.", []valueRange{{3e6, 5e6}}},
		{"fr", "Les travaux à Valmont coûteront entre CHF 80 000 et 100 000.", []valueRange{{80000, 100000}}},
	}
	checkLang(t, tests, rangeOf)
}
