package claims

import "testing"

// TestDecimalCommaScale checks rule decimalCommaScale: a figure whose
// comma is followed by one or two digits, glued to a scale letter, has a
// decimal comma; three digits after the comma stay thousands. Texts
// invented.
func TestDecimalCommaScale(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "The Tarnby school now counts over 1,2K painters in its classes.", []float64{1200}},
		{"en", "The Velmor fund raised $3,75M from investors.", []float64{3750000}},
		{"en", "The Velmor fund raised $1,500K from investors.", []float64{1500000}},
	}
	checkLang(t, tests, claimValue)
}
