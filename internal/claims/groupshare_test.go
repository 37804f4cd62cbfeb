package claims

import "testing"

// TestGroupShare checks rule groupShare: "the top 2 percent" names a
// group, and the share after it states the claim; a rank reached and a
// top rate stay claims. Texts invented.
func TestGroupShare(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "In Orvania the top 2 percent of earners bore 31.7 percent of the levy last year.", []float64{31.7}},
		{"en", "The richest 10% of households in Corran hold 60% of the wealth.", []float64{60}},
		{"en", "The levy falls only on the wealthiest 2 percent of Velmar residents.", nil},
		{"en", "Velmar Beds finished among the top 3% of entrants at the Harbour fair.", []float64{3}},
		{"en", "The top 45 percent band starts above £150,000.", []float64{45}},
	}
	checkLang(t, tests, claimValue)
}
