package claims

import "testing"

// TestHalfDozen checks rule halfDozen: "half a dozen" is six, "a dozen"
// twelve. Texts invented.
func TestHalfDozen(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "The Dunmore rowing club hired half a dozen coaches.", []float64{6}},
		{"en", "Half a dozen councillors in Dunmore resigned on Friday.", []float64{6}},
		{"en", "The Dunmore rowing club hired a dozen coaches.", []float64{12}},
	}
	checkLang(t, tests, claimValue)
}
