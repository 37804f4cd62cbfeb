package people

import "testing"

// TestLangRoleOrgComplement pins rule langRoleOrgComplement on invented
// texts: a role in apposition runs on past maxAppositionRole words
// through the whole name of the organisation it is of.
func TestLangRoleOrgComplement(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"de", "Das sagte Tomas Richtner, Präsident der Norddeutschen Gesellschaft für Innere Medizin, am Montag.", "Tomas Richtner", "Präsident der Norddeutschen Gesellschaft für Innere Medizin"},
		{"fr", "Selon Paul Velmont, directeur de cabinet du président de la Région, le budget est prêt.", "Paul Velmont", "directeur de cabinet du président de la Région"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
