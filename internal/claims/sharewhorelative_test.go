package claims

import "testing"

// TestShareWhoRelative checks rule shareWhoRelative: a share with its own
// "who" is who does it. Texts invented.
func TestShareWhoRelative(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Most riders were content, but 15% who ride at night want more trains.", []string{"those who ride at night want more trains"}},
		{"en", "A poll of 600 commuters found 30% who cycle daily.", []string{"commuters who cycle daily"}},
	}
	checkLang(t, tests, claimSubject)
}
