package claims

import "testing"

// TestSingularShare checks rule singularShare: a share that "is" or
// "was" something is a part of a whole, no "those who"; a share that
// does something plural still is who does it. Texts invented.
func TestSingularShare(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Of the Harlow fund, 37% was spent on roads.", []string{"was spent on roads"}},
		{"en", "In Dunmore, 62% support a ban on cars.", []string{"those who support a ban on cars"}},
	}
	checkLang(t, tests, claimSubject)
}
