package claims

import "testing"

// TestAllObject checks rule allObject: the "all" before a whole set a
// verb counts moves first with the things, not left after the verb.
// Texts invented.
func TestAllObject(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Ada Quell won all 40 seats in Orvania.", []string{"all seats Ada Quell won in Orvania"}},
		{"en", "The Kessley ferry served 12 towns in May.", []string{"towns the Kessley ferry served in May"}},
	}
	checkLang(t, tests, claimSubject)
}
