package people

import "testing"

// TestLoneGivenLead: a German person noun the role lists lack before a
// lone known given name is the person's role, the given name the person
// (rule loneGivenLead); the two words were read as one name. A word in
// "-in" that may be a given name stays whole unless a determiner opens it.
// Invented sentences.
func TestLoneGivenLead(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Hauptdarsteller Olivier sagte, die Dreharbeiten seien anstrengend gewesen.", "Olivier", "Hauptdarsteller"},
		{"In der Halle hockt Mechaniker Paul auf einem Moped und raucht.", "Paul", "Mechaniker"},
		{"Am Abend kam seine Freundin Marie mit dem Zug aus Kiel.", "Marie", "Freundin"},
	}
	for _, tt := range tests {
		wantRole(t, "de", tt.text, tt.name, tt.role)
	}
	// "Edwin" is no role, and "di Velmo" ends the name: neither is a
	// lone given name.
	for text, wrong := range map[string]string{
		"Der Golfer fand in Edwin Thomas einen Freund.":      "Thomas",
		"Chefredakteur Paolo di Velmo kritisierte den Text.": "Paolo",
	} {
		for _, p := range AnalyzeLang(text, "de").People {
			if p.Name == wrong {
				t.Errorf("%q: person %q, a role and a lone given name", text, wrong)
			}
		}
	}
}
