package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPurposeClause checks rule purposeClause: a purpose word before an
// infinitive opens a clause of its own, so the count after it is a claim;
// an infinitive of reaching a level does not.
func TestPurposeClause(t *testing.T) {
	type got struct {
		Text  string
		Value float64
	}
	tests := []langCase[got]{
		{"fr", "La clinique de Velmont a débloqué 12 millions d'euros pour recruter 600 infirmiers.", []got{
			{"La clinique de Velmont a débloqué 12 millions d'euros", 12e6},
			{"recruter 600 infirmiers", 600}}},
		{"es", "El hospital de Tarmesa destinará 8 millones de euros para contratar 300 enfermeros.", []got{
			{"El hospital de Tarmesa destinará 8 millones de euros", 8e6},
			{"contratar 300 enfermeros", 300}}},
		{"it", "La regione ha stanziato 5 milioni di euro per assumere 200 medici.", []got{
			{"La regione ha stanziato 5 milioni di euro", 5e6},
			{"assumere 200 medici", 200}}},
		{"fr", "Le chômage devrait reculer de 0,3 point pour atteindre 7,1 %.", []got{
			{"Le chômage devrait reculer de 0,3 point pour atteindre 7,1 %", 0.3}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, *c.Value} })
}
