package claims

import "testing"

// TestShareAdjective checks rule shareAdjective: a German percentage's
// group is its adjectives and capitalised noun, not the first adjective
// alone; a group with no adjective, or words that lead to no noun, keep
// their subject. Texts invented.
func TestShareAdjective(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Etwa 12 Prozent der städtischen Busse in Lindrau fahren elektrisch.", []string{"städtischen Busse"}},
		{"de", "Gut 30 % der befragten älteren Pendler meiden die Brücke.", []string{"befragten älteren Pendler"}},
		{"de", "Rund 45 Prozent der Haushalte in Grünhag besitzen ein Lastenrad.", []string{"Haushalte"}},
	}
	checkLang(t, tests, claimSubject)
}
