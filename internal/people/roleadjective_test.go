package people

import (
	"slices"
	"testing"
)

// TestRoleAdjective covers rule roleAdjective: in French, Spanish,
// Italian and Portuguese a role noun and a relational adjective after it,
// right before a name, are the person's role; a verb's form there is no
// adjective. Texts and names invented.
func TestRoleAdjective(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"fr", "Le conseiller municipal Hugues Velmbert était présent à la cérémonie.", "Hugues Velmbert", "conseiller municipal"},
		{"it", "Il consigliere comunale Aldo Velmetta era presente alla partita.", "Aldo Velmetta", "consigliere comunale"},
		{"es", "El consejero autonómico Jorge Velmena presentó el plan ayer.", "Jorge Velmena", "consejero autonómico"},
		{"pt", "O diretor regional Rui Velmada apresentou o plano ontem.", "Rui Velmada", "diretor regional"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
	text := "Il sindaco critica Mario Velmoso per il ritardo dei lavori."
	for _, p := range AnalyzeLang(text, "it").People {
		if p.Name == "Mario Velmoso" && slices.Contains(p.Roles, "sindaco critica") {
			t.Errorf("%q: a verb read as the role's adjective: %q", text, p.Roles)
		}
	}
}
