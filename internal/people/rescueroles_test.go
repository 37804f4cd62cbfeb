package people

import "testing"

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
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
