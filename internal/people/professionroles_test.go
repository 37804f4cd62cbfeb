package people

import (
	"slices"
	"testing"
)

// TestProfessionRoles pins rule professionRoles on invented texts: a
// profession before a name is the person's role.
func TestProfessionRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{"The inquiry heard from forensic accountant Neil Vance on Monday. Vance said the books were false.", "Neil Vance", "accountant"},
		{"A complaint was filed by university lecturer Orla Brede, who teaches law.", "Orla Brede", "university lecturer"},
		{"Chief librarian Tomas Elling said the branch would stay open.", "Tomas Elling", "Chief librarian"},
	})
}

// roleCase is an English text, a person it names and a role the person
// has.
type roleCase struct{ text, name, role string }

// checkRoles fails t for each case whose person is not found or lacks the
// role (rules professionRoles, specialistRoles).
func checkRoles(t *testing.T, tests []roleCase) {
	t.Helper()
	for _, tt := range tests {
		var roles []string
		found := false
		for _, p := range AnalyzeLang(tt.text, "en").People {
			if p.Name == tt.name {
				found, roles = true, p.Roles
			}
		}
		if !found || !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s found %v with roles %q, want role %q", tt.text, tt.name, found, roles, tt.role)
		}
	}
}
