package claims

import "testing"

// TestOfValue checks rule ofValue: the "of" giving a noun its value goes
// when a verb follows the figure; before a noun the figure sizes, and
// after a bound, it stays. Texts invented.
func TestOfValue(t *testing.T) {
	tests := []langCase[string]{
		{"en", "A harbour levy of 4% was set in May.", []string{"A harbour levy was set in May"}},
		{"en", "The Orvan ferry fare of $12 is due on boarding.", []string{"The Orvan ferry fare is due on boarding"}},
		{"en", "Potters use a blend of 30% clay for glazes.", []string{"Potters use a blend of clay for glazes"}},
	}
	checkLang(t, tests, claimSubject)
}
