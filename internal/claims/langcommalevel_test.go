package claims

import "testing"

// TestLangCommaLevel checks rule langCommaLevel: a level after a comma
// that a "to" word opens measures what the change before it measured; a
// share after a comma whose figure before is no change (an amount) gets
// none.
func TestLangCommaLevel(t *testing.T) {
	tests := []langCase[string]{
		{"fr", "Le chômage a reculé de 0,2 point au troisième trimestre, à 7,3 %.", []string{"le chômage a reculé au troisième trimestre", "le chômage"}},
		{"fr", "Les ventes ont atteint 300 millions d'euros, à 40 %.", []string{"les ventes", ""}},
		{"de", "Die Quote sank im Mai um 0,3 Prozentpunkte, auf 5,1 Prozent.", []string{"die Quote sank im Mai", "die Quote"}},
	}
	checkLang(t, tests, claimSubject)
}
