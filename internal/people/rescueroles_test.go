package people

import (
	"slices"
	"testing"
)

// TestRescueRoles covers rule rescueRoles: the commanders of fire,
// police and rescue services are roles in French, Spanish, Italian and
// Dutch, a Dutch compound included. Texts and names invented.
func TestRescueRoles(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"it", `"Le fiamme si sono propagate in pochi minuti", ha spiegato il comandante Paolo Velmi.`, "Paolo Velmi", "comandante"},
		{"nl", `„Het vuur verspreidde zich snel”, zegt brandweercommandant Pieter Velmink.`, "Pieter Velmink", "brandweercommandant"},
		{"fr", "Selon le commandant Paul Velmont, l'incendie est parti de la grange.", "Paul Velmont", "commandant"},
		{"es", "El comandante Luis Velmar dirigió la búsqueda durante toda la noche.", "Luis Velmar", "comandante"},
	}
	for _, tt := range tests {
		var roles []string
		found := false
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			if p.Name == tt.name {
				roles, found = p.Roles, true
			}
		}
		if !found || !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s found %v, roles %q, want role %q", tt.text, tt.name, found, roles, tt.role)
		}
	}
}
