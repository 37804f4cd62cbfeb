package people

import "testing"

// TestArticleRoleOfRun covers rule articleRoleOfRun: a role noun with its
// article before "von" and a firm or place of several words is no
// nobleman; a given name before "von" still is. Names invented. The
// honorific role's case is the one rule bareRoleOfRun does not also
// cover: without this rule that case fails.
func TestArticleRoleOfRun(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Laut dem Sprecher von Kranwerk Hallendorf ist der Schaden noch offen.", "von Kranwerk Hallendorf", false},
		{"Das sagte ein Mitarbeiter von Velmstadt Energie am Montag.", "von Velmstadt Energie", false},
		// An honorific role: rule bareRoleOfRun leaves it (a bare
		// "Professor von Velmsee" is a title and a name), so only this
		// rule's article tells the firm.
		{"Laut dem Professor von Velmer Kranbau ist der Schaden noch offen.", "von Velmer Kranbau", false},
		{"Die Ministerin von der Velmen sagte am Montag, man bleibe dabei.", "von der Velmen", true},
		{"Auch Ursula von Tarnow, die Bürgermeisterin, äußerte sich besorgt.", "Ursula von Tarnow", true},
	}
	for _, tt := range tests {
		if found := personFound(tt.text, "de", tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
