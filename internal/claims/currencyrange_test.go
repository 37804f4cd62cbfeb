package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCurrencyRange checks rule currencyRange: a currency's code or sign
// between the range opener and the lower end keeps the upper end.
func TestCurrencyRange(t *testing.T) {
	type rng struct{ lo, hi float64 }
	get := func(c model.Claim) rng {
		r := rng{lo: *c.Value}
		if c.ValueMax != nil {
			r.hi = *c.ValueMax
		}
		return r
	}
	tests := []langCase[rng]{
		{"de", "Die Ausrüstung der Halle in Brennau kostet zwischen CHF 80 000 und 100 000.", []rng{{80000, 100000}}},
		{"de", "Der Umbau in Brennau kostet zwischen € 3 und 5 Millionen.", []rng{{3e6, 5e6}}},
		{"fr", "Les travaux à Valmont coûteront entre CHF 80 000 et 100 000.", []rng{{80000, 100000}}},
	}
	checkLang(t, tests, get)
}
