package people

import "testing"

// TestGermanNounLead covers rule germanNounLead: a German noun with a
// person noun's ending before a known given name is the person's role,
// not a first name; a given name, or a noun of another ending, stays as
// it was. Invented names.
func TestGermanNounLead(t *testing.T) {
	tests := []struct {
		text, name, role string
	}{
		{"Imker Paul Velderbrink aus Hollstedt begrüßt das.", "Paul Velderbrink", "Imker"},
		{"Die Winzerin Anna Marrenfeld erntet früh.", "Anna Marrenfeld", "Winzerin"},
		{"Das hat Bankkaufmann Jörg Tessendorf bestätigt.", "Jörg Tessendorf", "Bankkaufmann"},
		// A given name first: the whole run is the name.
		{"Dieter Thomas Velderbrink moderiert die Sendung.", "Dieter Thomas Velderbrink", ""},
		// A first word of no person noun's ending stays in the name: a
		// given name the lists lack ("Velmund"), not a role.
		{"„Das reicht nicht“, sagte Velmund Paul Tessendorf.", "Velmund Paul Tessendorf", ""},
	}
	for _, tt := range tests {
		d := AnalyzeLang(tt.text, "de")
		found := false
		for _, p := range d.People {
			m := p.Model()
			if m.Name != tt.name {
				continue
			}
			found = true
			got := ""
			if len(m.Roles) > 0 {
				got = m.Roles[0]
			}
			if got != tt.role {
				t.Errorf("%q: role %q, want %q", tt.text, got, tt.role)
			}
		}
		if !found {
			var names []string
			for _, p := range d.People {
				names = append(names, p.Name)
			}
			t.Errorf("%q: no person %q among %q", tt.text, tt.name, names)
		}
	}
}

func TestGermanPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{"imker": true, "winzerin": true, "journalistin": true, "bankkaufmann": true,
		"philosoph": true, "kollege": true, "christoph": false, "nachfrage": false, "fall": false, "johann": false} {
		if got := germanPersonNoun(w); got != want {
			t.Errorf("germanPersonNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestGermanContractedParticle: "vom" and "zur" join no surname ("Hilfen
// vom Land" is no one); "von" still does.
func TestGermanContractedParticle(t *testing.T) {
	d := AnalyzeLang("Der Verband fordert Hilfen vom Land. Ministerin Ute von Velden sagte, die Mittel kämen. Velden sagte das auch Hinweise zur Anmeldung.", "de")
	var names []string
	for _, p := range d.People {
		names = append(names, p.Name)
	}
	want := []string{"Ute von Velden"}
	if len(names) != 1 || names[0] != want[0] {
		t.Errorf("people %q, want %q", names, want)
	}
}
