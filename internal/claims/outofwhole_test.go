package claims

import "testing"

// TestOutOfWhole checks rule outOfWhole: "31 out of the 40 wards" counts
// the part, as "31 of the 40 wards" does; "3 out of 10 wards" stays a
// ratio. Texts invented.
func TestOutOfWhole(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "The Harlow party took 31 out of the 40 wards in the vote.", []float64{31}},
		{"en", "The Velmor party took 31 of the 40 wards in the vote.", []float64{31}},
		{"en", "The Corran party took 3 out of 10 wards in the vote.", []float64{0.3}},
	}
	checkLang(t, tests, claimValue)
}
