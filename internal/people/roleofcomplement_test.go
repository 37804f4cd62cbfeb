package people

import (
	"slices"
	"testing"
)

// TestRoleOfComplement pins rule roleOfComplement on invented texts: a
// role, its preposition and what it is of written before the name are the
// person's role, not part of the name, in the other languages as in
// English ("Minister of Finance Ann Lee"); the name opens at a given name
// of the text's language's lists or the English ones. A German run of three
// capitalised words after a role's "der" is no name without a known given
// name (nouns are capitalised).
func TestRoleOfComplement(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"nl", "DEN HAAG - Minister van Financiën Klaas Visser zei dinsdag dat het kabinet nog drie miljard euro moet vinden.", "Klaas Visser", "Minister van Financiën"},
		{"nl", "Volgens minister van Sociale Zaken Pieter Brandsma moet het kabinet nog drie miljard vinden.", "Pieter Brandsma", "minister van Sociale Zaken"},
		{"es", "MADRID - La ministra de Hacienda Ana Velmonte anunció el martes nuevos recortes.", "Ana Velmonte", "ministra de Hacienda"},
		{"es", "El diputado de Unión Vecinal Diego Arrasate planteó una reforma.", "Diego Arrasate", "diputado de Unión Vecinal"},
		// A given name only the English lists know, after a complement
		// of two words.
		{"es", "El secretario de Seguridad Nacional Wade Velmont anunció nuevos controles.", "Wade Velmont", "secretario de Seguridad Nacional"},
		{"fr", "PARIS - Le ministre des Finances Paul Velmard a annoncé mardi de nouvelles économies.", "Paul Velmard", "ministre des Finances"},
		{"de", "BERLIN - Der Bundesminister der Finanzen Klaus Velmer hat am Dienstag vor neuen Schulden gewarnt.", "Klaus Velmer", "Bundesminister der Finanzen"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
	const party = "TUNIS - Die Vorsitzende der Partei Velmar Libre sprach von einem Wahlbetrug."
	for _, p := range AnalyzeLang(party, "de").People {
		t.Errorf("%q: person %q (roles %q), want none", party, p.Name, p.Roles)
	}
}

// TestGivenNameParticle pins rule givenNameParticle on invented texts: a
// particle after a capitalised word and a known given name opens the
// surname ("Pieter de Vries" after a role's complement, "Jessica von
// Velmow" after a German title noun); after a full name of two given
// names' words it stays an affiliation.
func TestGivenNameParticle(t *testing.T) {
	tests := []struct{ lang, text, name string }{
		{"nl", "DEN HAAG - Minister van Financiën Pieter de Vries heeft dinsdag nieuwe bezuinigingen aangekondigd.", "Pieter de Vries"},
		{"de", "Man kann neidisch werden, wenn man Olympiasiegerin Jessica von Velmow beim Reiten zusieht.", "Jessica von Velmow"},
		{"de", "Lukas Thomas von der Universität Velmstadt fasst den Vorgang zusammen.", "Lukas Thomas"},
	}
	for _, tt := range tests {
		var names []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			names = append(names, p.Name)
		}
		if !slices.Contains(names, tt.name) {
			t.Errorf("%q: people %q, want %s", tt.text, names, tt.name)
		}
	}
}

// TestRoleOfDative pins rule roleOfDative on invented texts.
func TestRoleOfDative(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"it", "Ha aggiunto l'assessore ai Trasporti Giorgio Vallini che i fondi ci sono.", "Giorgio Vallini", "assessore ai Trasporti"},
		{"it", "Lo ha detto l'assessora alla Cultura Giulia Ferrandi.", "Giulia Ferrandi", "assessora alla Cultura"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
