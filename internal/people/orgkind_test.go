package people

import "testing"

// TestOrgKindBefore covers rule orgKindBefore: a name right after a
// lower-case noun of an organisation's kind is no person; a known given
// name, and in English a noun phrase not opened by "the" or "its", keep
// the person. Names invented.
func TestOrgKindBefore(t *testing.T) {
	tests := []struct {
		lang, text, name string
		want             bool
	}{
		{"fr", "Le syndicat Velm Rail a dénoncé la décision.", "Velm Rail", false},
		{"fr", "Hier, l'association Velm Vert a dénoncé la décision.", "Velm Vert", false},
		{"es", "Ayer la plataforma Barrio Velm ha denunciado la decisión.", "Barrio Velm", false},
		{"en", "The consumer group Velm Tarrant said prices rose.", "Velm Tarrant", false},
		{"en", "Rural voters, a group Tarvo Quell won easily, stayed home, Quell said.", "Tarvo Quell", true},
		{"fr", "Le syndicat Marie Velmont a dénoncé la décision.", "Marie Velmont", true},
		// A line break after the noun: a heading's or a line's end.
		{"en", "Members of the union\nTarvo Quell said prices rose.", "Tarvo Quell", true},
	}
	for _, tt := range tests {
		if found := personFound(tt.text, tt.lang, tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
