package claims

import "testing"

// TestLevelReason checks rule levelReason: a level's clause of reason
// after it is no part of what it measures; a time of its own stays.
// Texts invented.
func TestLevelReason(t *testing.T) {
	tests := []langCase[string]{
		{"en", "The Velmar index rose 0.4 per cent to 3,210 as talks resumed.", []string{"The Velmar index rose", "The Velmar index"}},
		{"en", "The Velmar index rose 0.4 per cent to 3,210 in late trading.", []string{"The Velmar index rose", "The Velmar index in late trading"}},
	}
	checkLang(t, tests, claimSubject)
}
