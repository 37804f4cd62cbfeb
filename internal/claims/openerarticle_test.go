package claims

import "testing"

// TestOpenerArticle checks rule openerArticle: a range whose opener's
// article stands before its lower end alone keeps both ends.
func TestOpenerArticle(t *testing.T) {
	tests := []langCase[valueRange]{
		{"nl", "De nieuwe brug in Veldhoven kost tussen de 3 en 5 miljoen euro.", []valueRange{{3e6, 5e6}}},
		{"es", "La obra de Tarmesa costará entre los 3 y 5 millones de euros.", []valueRange{{3e6, 5e6}}},
		{"pt", "A obra em Valdora vai custar entre os 3 e 5 milhões de reais.", []valueRange{{3e6, 5e6}}},
		{"it", "I lavori a Valdoria costeranno tra i 3 e 5 milioni di euro.", []valueRange{{3e6, 5e6}}},
	}
	checkLang(t, tests, rangeOf)
}
