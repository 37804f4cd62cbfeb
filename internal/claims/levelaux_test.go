package claims

import "testing"

// TestLevelAux checks rule levelAux on invented sentences: the auxiliaries
// of a dropped verb of change go with it from a level's subject.
func TestLevelAux(t *testing.T) {
	checkClaims(t, []lcase{
		{"levelAux", "Measles cases in Tarvin have risen to 214 this year.",
			[]lgot{{"Measles cases in Tarvin have risen to 214 this year", "", "Measles cases in Tarvin this year", 214.0, nil}}},
		{"levelAux, modal", "Velmar inflation will fall to 2.1% next year.",
			[]lgot{{"Velmar inflation will fall to 2.1% next year", "percent", "Velmar inflation next year", 2.1, nil}}},
	})
}
