package people

import "testing"

// TestTwoNounLead: two person nouns before a known given name (a place's
// inhabitant and a trade) are the person's role, not part of the name
// (rule twoNounLead). Invented sentences.
func TestTwoNounLead(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Zum Thema zitiere ich den Satz des Kieler Staatsrechtlers Volker Velm gern.", "Volker Velm", "Kieler Staatsrechtlers"},
		{"Am Montag öffnet die Hamburger Zahnärztin Anna Velde ihre Praxis.", "Anna Velde", "Hamburger Zahnärztin"},
	}
	for _, tt := range tests {
		wantRole(t, "de", tt.text, tt.name, tt.role)
	}
}
