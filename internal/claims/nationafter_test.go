package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestNationAfterCurrency checks rule nationAfterCurrency: a nation's
// adjective after the currency's word names the currency, and leaves the
// subject.
func TestNationAfterCurrency(t *testing.T) {
	type us struct{ unit, subject string }
	get := func(c model.Claim) us { return us{c.Unit, c.Subject} }
	tests := []langCase[us]{
		{"fr", "Le prêt à Valmont atteint 500 millions de dollars canadiens.", []us{{"CAD", "le prêt à Valmont"}}},
		{"fr", "Le chantier de Valmont coûte 4,2 millions de francs suisses.", []us{{"CHF", "le chantier de Valmont coûte"}}},
		{"es", "El banco prestó 500 millones de dólares canadienses a Tarmesa.", []us{{"CAD", "el banco prestó a Tarmesa"}}},
		{"it", "La banca ha prestato 500 milioni di dollari canadesi a Valdoria.", []us{{"CAD", "la banca ha prestato a Valdoria"}}},
	}
	checkLang(t, tests, get)
}
