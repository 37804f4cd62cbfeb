package people

import "testing"

// TestArticleRoleOfRun covers rule articleRoleOfRun: a role noun with its
// article before "von" and a firm or place of several words is no
// nobleman; a given name before "von" still is. Names invented.
func TestArticleRoleOfRun(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Laut dem Sprecher von Kranwerk Hallendorf ist der Schaden noch offen.", "von Kranwerk Hallendorf", false},
		{"Das sagte ein Mitarbeiter von Velmstadt Energie am Montag.", "von Velmstadt Energie", false},
		{"Die Ministerin von der Velmen sagte am Montag, man bleibe dabei.", "von der Velmen", true},
		{"Auch Ursula von Tarnow, die Bürgermeisterin, äußerte sich besorgt.", "Ursula von Tarnow", true},
	}
	for _, tt := range tests {
		if found := personFound(tt.text, "de", tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
