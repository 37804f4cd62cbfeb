package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestOpenerArticle checks rule openerArticle: a range whose opener's
// article stands before its lower end alone keeps both ends.
func TestOpenerArticle(t *testing.T) {
	type rng struct{ lo, hi float64 }
	get := func(c model.Claim) rng {
		r := rng{lo: *c.Value}
		if c.ValueMax != nil {
			r.hi = *c.ValueMax
		}
		return r
	}
	tests := []langCase[rng]{
		{"nl", "De nieuwe brug in Veldhoven kost tussen de 3 en 5 miljoen euro.", []rng{{3e6, 5e6}}},
		{"es", "La obra de Tarmesa costará entre los 3 y 5 millones de euros.", []rng{{3e6, 5e6}}},
		{"pt", "A obra em Valdora vai custar entre os 3 e 5 milhões de reais.", []rng{{3e6, 5e6}}},
		{"it", "I lavori a Valdoria costeranno tra i 3 e 5 milioni di euro.", []rng{{3e6, 5e6}}},
	}
	checkLang(t, tests, get)
}
