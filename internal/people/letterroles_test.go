package people

import "testing"

// TestLetterRoles covers rule letterRoles: writers, editors and
// journalists are roles in French, Spanish and Italian, before a name or
// set off by commas. Texts and names invented.
func TestLetterRoles(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"fr", "« Elle était généreuse », a déclaré son éditeur, Marc Velmin.", "Marc Velmin", "éditeur"},
		{"fr", "La romancière Claire Velmont est morte dimanche à Lyon, a annoncé sa famille.", "Claire Velmont", "romancière"},
		{"es", "La escritora Carmen Velasca ha fallecido este domingo, según su familia.", "Carmen Velasca", "escritora"},
		{"it", "La scrittrice Carla Velmi è morta ieri a Torino, ha detto la famiglia.", "Carla Velmi", "scrittrice"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
