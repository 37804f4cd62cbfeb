package people

import (
	"slices"
	"testing"
)

// TestGermanProfessions pins rules germanProfessions and
// germanProfessionRun on invented texts.
func TestGermanProfessions(t *testing.T) {
	tests := []struct {
		text, name string
		want       []string
	}{
		{"Jonas Pfeifer, Physiker am Institut, ergänzte, die Daten seien eindeutig.", "Jonas Pfeifer", []string{"Physiker am Institut"}},
		{"Am Montag sagte Chefärztin Lena Kowalczyk, es gehe voran.", "Lena Kowalczyk", []string{"Chefärztin"}},
	}
	for _, tt := range tests {
		roles, ok := personRoles(tt.text, "de", tt.name)
		if !ok || !slices.Equal(roles, tt.want) {
			t.Errorf("%q: %s (found %v) roles %q, want %q", tt.text, tt.name, ok, roles, tt.want)
		}
	}
	for _, text := range []string{
		"Dafür nutzen die Chemiker Messgeräte aus Kiel.",
		"Nun haben Historiker Dokumente gefunden.",
		"Laut Kinderärztin Gesunde Schulen, sagte sie.",
	} {
		for _, p := range AnalyzeLang(text, "de").People {
			t.Errorf("%q: person %q %q, want none", text, p.Name, p.Roles)
		}
	}
}
