package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPesoRealPrefix checks rule pesoRealPrefix: "R$", "MX$" and "NT$"
// are the Brazilian real, the Mexican peso and the Taiwan dollar, no US
// dollars; "C$" stays Canadian. Texts invented.
func TestPesoRealPrefix(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "Shipping to Recife is free on orders over R$670.", []string{"BRL"}},
		{"en", "The Velmor shop in Puebla charges MX$1,320 for a bike.", []string{"MXN"}},
		{"en", "A ferry ticket in Keelung costs NT$500.", []string{"TWD"}},
		{"en", "A flat in Dunmore, Ontario, costs C$900,000.", []string{"CAD"}},
	}
	checkLang(t, tests, unit)
}
