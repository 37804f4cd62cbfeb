package claims

import "testing"

// TestPartitiveLead checks rule partitiveLead: a lone preposition of a
// part before the figure goes from the subject, which was the noun and
// then the preposition.
func TestPartitiveLead(t *testing.T) {
	tests := []langCase[string]{
		{"fr", "Sur les 120 habitants évacués de Vernay, 85 sont rentrés.", []string{"habitants évacués de Vernay", "habitants sont rentrés"}},
		{"fr", "Parmi les 40 blessés de Brévans, 12 sont dans un état grave.", []string{"blessés de Brévans", "blessés sont dans un état grave"}},
	}
	checkLang(t, tests, claimSubject)
}
