package claims

import "testing"

// TestChangeNoun checks rule changeNoun: a change word after an article is
// a noun the level's subject keeps; a change verb still leaves it.
func TestChangeNoun(t *testing.T) {
	tests := []lcase{
		{"changeNoun", "Economists had expected a fall to 2.1%.",
			[]lgot{{"Economists had expected a fall to 2.1%", "percent", "Economists had expected a fall", 2.1, nil}}},
		{"changeNoun, a verb", "Inflation fell to 2.1% in May.",
			[]lgot{{"Inflation fell to 2.1% in May", "percent", "Inflation in May", 2.1, nil}}},
	}
	checkClaims(t, tests)
}
