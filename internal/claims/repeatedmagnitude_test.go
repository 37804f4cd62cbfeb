package claims

import "testing"

// TestRepeatedMagnitude checks rule repeatedMagnitude: a vague magnitude
// said again for emphasis is one figure, its repeats out of the subject.
// Texts invented.
func TestRepeatedMagnitude(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Tarro spent hundreds and hundreds of kroner on the Velmar bridge.", []string{"Tarro spent kroner on the Velmar bridge"}},
		{"en", "Millions upon millions of fans filled Kessley square.", []string{"fans filled Kessley square"}},
	}
	checkLang(t, tests, claimSubject)
}
