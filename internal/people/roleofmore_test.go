package people

import (
	"slices"
	"testing"
)

// TestRoleOfDative pins rule roleOfDative on invented texts.
func TestRoleOfDative(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"it", "Ha aggiunto l'assessore ai Trasporti Giorgio Vallini che i fondi ci sono.", "Giorgio Vallini", "assessore ai Trasporti"},
		{"it", "Lo ha detto l'assessora alla Cultura Giulia Ferrandi.", "Giulia Ferrandi", "assessora alla Cultura"},
	}
	for _, tt := range tests {
		roles, ok := personRoles(tt.text, tt.lang, tt.name)
		if !ok || !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s (found %v) roles %q, want %q", tt.text, tt.name, ok, roles, tt.role)
		}
	}
}
