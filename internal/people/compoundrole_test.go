package people

import "testing"

// TestCompoundRole covers rule compoundRole: a German or Dutch title
// written as one word with what it is of.
func TestCompoundRole(t *testing.T) {
	de, nl := langTables["de"].roles, langTables["nl"].roles
	tests := []struct {
		w     string
		roles map[string]bool
		want  bool
	}{
		{"finanzsenator", de, true},
		{"sozialreferentin", de, true},
		{"vizekanzler", de, true},
		{"landesbischof", de, true},
		{"senator", de, false},   // the role alone: roles has it, no compound
		{"exsenator", de, false}, // a head of two letters
		{"dijkgraaf", nl, false}, // listed as a role, no compound
		{"hoofddijkgraaf", nl, true},
		{"aarts", nl, false},  // a surname ending in "arts", too short a role
		{"swarts", nl, false}, // idem
		{"ministerium", de, false},
	}
	for _, tt := range tests {
		if got := compoundRole(tt.w, tt.roles); got != tt.want {
			t.Errorf("compoundRole(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestCompoundRoleNames: the title glued to a name leaves the name and
// becomes the role; each case fails with rule compoundRole switched off.
func TestCompoundRoleNames(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"de", "Finanzsenator Thomas Berger stellte den Plan vor.", "Thomas Berger", "Finanzsenator"},
		{"de", "„Das reicht nicht“, sagte Sozialreferentin Petra Lindner.", "Petra Lindner", "Sozialreferentin"},
		{"nl", "Hoofddijkgraaf Henk Mulder noemde het werk dringend.", "Henk Mulder", "Hoofddijkgraaf"},
		{"nl", "Oud-burgemeester Pieter Jansen noemt het besluit onbegrijpelijk.", "Pieter Jansen", "Oud-burgemeester"},
		// A role after a hyphen too short for rule compoundRole: the
		// hyphen rule of roleNoun, now for Dutch as well.
		{"nl", "Oud-arts Joris Hamstra noemt het besluit onbegrijpelijk.", "Joris Hamstra", "Oud-arts"},
		// The Scandinavian tables: a title compound in Swedish, Danish
		// and Norwegian (a "no" tag reads as Bokmål).
		{"sv", "Finansminister Elisabet Lund sa att skatterna ska sänkas.", "Elisabet Lund", "Finansminister"},
		{"da", "Overborgmester Mette Lind sagde, at byen bygger.", "Mette Lind", "Overborgmester"},
		{"no", "Fiskeriminister Ola Brekke sa at kvotene øker.", "Ola Brekke", "Fiskeriminister"},
	}
	for _, tt := range tests {
		d := AnalyzeLang(tt.text, tt.lang)
		found := false
		for _, p := range d.People {
			m := p.Model()
			if m.Name == tt.name {
				found = true
				if len(m.Roles) == 0 || m.Roles[0] != tt.role {
					t.Errorf("%q: roles %q, want %q", tt.text, m.Roles, tt.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %q among %+v", tt.text, tt.name, d.People)
		}
	}
}

func TestIsFirstName(t *testing.T) {
	for w, want := range map[string]bool{"Fernando": true, "Jean-Paul": true, "LUCÍA": true, "Lyon": false, "Sevilla": false, "": false} {
		if got := IsFirstName(w); got != want {
			t.Errorf("IsFirstName(%q) = %v, want %v", w, got, want)
		}
	}
}
