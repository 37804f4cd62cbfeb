package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangDecimalK checks rule langDecimalK: a "K" glued to a figure with
// a decimal comma is thousands of what follows. Texts invented.
func TestLangDecimalK(t *testing.T) {
	type vu struct {
		value float64
		unit  string
	}
	get := func(c model.Claim) vu { return vu{*c.Value, c.Unit} }
	tests := []langCase[vu]{
		{"fr", "Le message de Lucie Marnet a atteint 1,2K vues en une heure sur le réseau.", []vu{{1200, "vues"}}},
		{"de", "Das Video von Jonas Kerbel erreichte 3,5K Aufrufe in einer Stunde.", []vu{{3500, "aufrufe"}}},
	}
	checkLang(t, tests, get)
}
