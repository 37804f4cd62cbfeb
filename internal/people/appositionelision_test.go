package people

import (
	"slices"
	"testing"
)

// TestAppositionElision covers rule appositionElision (an elided article
// is cut from a role set off by a comma before the name) and the Italian
// role capogruppo. Texts and names invented.
func TestAppositionElision(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"L'assessore al Bilancio, Giulia Velmari, ha illustrato il documento in aula.", "Giulia Velmari", "assessore al Bilancio"},
		{`Critico il capogruppo dell'opposizione, Marco Velmonti: "Mancano gli investimenti".`, "Marco Velmonti", "capogruppo dell'opposizione"},
	}
	for _, tt := range tests {
		var roles []string
		for _, p := range AnalyzeLang(tt.text, "it").People {
			if p.Name == tt.name {
				roles = p.Roles
			}
		}
		if !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s's roles %q, want %q", tt.text, tt.name, roles, tt.role)
		}
	}
}
