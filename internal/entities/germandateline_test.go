package entities

import "testing"

// TestGermanDateline covers rule germanDateline: a town, a full stop and
// an article opening a German line is a dateline; a reply word is not.
// Names invented.
func TestGermanDateline(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Velmstadt. Der Gemeinderat hat am Montag den Plan beschlossen.", "Velmstadt"},
		{"Danke. Die Feier war ein voller Erfolg für alle.", ""},
	}
	for _, tt := range tests {
		_, places := Find(tt.text, Options{Lang: "de"})
		var got string
		for _, e := range places {
			got = e.Name
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
