package claims

import "testing"

// TestParticipleObject checks rule participleObject: a count that a
// participle opening its clause takes as object measures the things and
// what was done to them. Texts invented.
func TestParticipleObject(t *testing.T) {
	tests := []langCase[string]{
		{"en", "The Velmar League swept the county, winning 11 seats in the north.", []string{"seats won in the north"}},
		{"en", "The Orvan fair closed on Sunday, attracting 9,000 visitors.", []string{"visitors attracted"}},
		{"en", "The Orvan fair closed on Sunday, moving 40 stalls to the square.", []string{"moving stalls to the square"}},
		{"en", "The storm reached Tarrow at dawn, killing 12 people.", []string{"killed people"}},
	}
	checkLang(t, tests, claimSubject)
}
