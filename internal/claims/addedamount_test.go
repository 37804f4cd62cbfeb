package claims

import "testing"

// TestAddedAmount checks that "added" takes an amount as its object, as
// the amountVerbs of rule speechObject do ("The index added 0.5 per
// cent"), while a clause it reports keeps its own subject. Texts
// invented.
func TestAddedAmount(t *testing.T) {
	tests := []langCase[string]{
		{"en", "The Velmar 50 index added 0.5 per cent on Friday.", []string{"The Velmar 50 index added on Friday"}},
		{"en", "Orvan Rail added 40 trains a day in May.", []string{"trains a day Orvan Rail added in May"}},
		{"en", "Ada Quell added 300 jobs would go by May.", []string{"jobs that would go by May"}},
	}
	checkLang(t, tests, claimSubject)
}
