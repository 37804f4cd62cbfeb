package people

import "testing"

// TestArticledNounLead: after a German article the capitalised noun
// before a name is the person's role, even when the lists lack the given
// name after it (rule articledNounLead); the role ran into the name.
// Invented sentences.
func TestArticledNounLead(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Die Regisseurin Hanna Velt stellte am Montag ihren neuen Film in Kiel vor.", "Hanna Velt", "Regisseurin"},
		{"Am Montag stellte die Regisseurin Hanna Velt ihren neuen Film vor.", "Hanna Velt", "Regisseurin"},
		{"Gestern zeigte die Winzerin Jorina Velde den Gästen ihren Keller.", "Jorina Velde", "Winzerin"},
		{"Am Montag stellte die Journalistin Hanna Velt ihr Buch vor.", "Hanna Velt", "Journalistin"},
	}
	for _, tt := range tests {
		wantRole(t, "de", tt.text, tt.name, tt.role)
	}
}
