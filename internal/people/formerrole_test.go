package people

import (
	"slices"
	"testing"
)

// TestFormerRoleAfter covers rule formerRoleAfter (a word of time before
// a role set off by commas after a name opens the role) and rule
// appositionElision after the name (the elided article is cut). Texts
// and names invented.
func TestFormerRoleAfter(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"fr", "Le parquet a requis cinq ans contre Frédéric Velmard, l'ancien gérant de la salle, mardi.", "Frédéric Velmard", "ancien gérant de la salle"},
		{"fr", "Me Jacques Velmin, l'avocat du prévenu, a plaidé la relaxe.", "Jacques Velmin", "avocat du prévenu"},
		{"es", "Carlos Velmares, el ex alcalde de Orvina, fue detenido el lunes.", "Carlos Velmares", "ex alcalde de Orvina"},
	}
	for _, tt := range tests {
		var roles []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			if p.Name == tt.name {
				roles = p.Roles
			}
		}
		if !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s's roles %q, want %q", tt.text, tt.name, roles, tt.role)
		}
	}
}
