package people

import (
	"slices"
	"testing"
)

// TestEmployerBeforeRole covers rule employerBeforeRole: a capitalised
// name between the article and the role of an apposition before a name is
// part of the role; a body's word as the role, or no article before the
// name, leaves the role as it was. Sentences and names invented.
func TestEmployerBeforeRole(t *testing.T) {
	tests := []struct {
		name, text, person, role string
		not                      bool // the role must not be among the roles
	}{
		{"an acronym",
			"A UN spokesman, Tomas Reyl, said the agency was watching.", "Tomas Reyl", "UN spokesman", false},
		{"a club's place name",
			"The Dunmore manager, Piet Varga, said his club would move.", "Piet Varga", "Dunmore manager", false},
		{"a body of two words, inside the sentence",
			"On Monday a Velmar Council spokesman, Ivo Dorn, said the road stays shut.", "Ivo Dorn", "Velmar Council spokesman", false},
		{"no name before the role",
			"In Kelmouth the mayor, Ola Brenn, said the ferry would run.", "Ola Brenn", "mayor", false},
		{"a body's word as the role is no employer's",
			"The director of the Kelby Centre, Ina Varga, said so on Monday.", "Ina Varga", "Kelby Centre", true},
	}
	for _, tt := range tests {
		roles, ok := rolesOf(tt.text, tt.person)
		if !ok {
			t.Errorf("%s: no person %q in %q", tt.name, tt.person, tt.text)
			continue
		}
		if slices.Contains(roles, tt.role) == tt.not {
			t.Errorf("%s: roles of %q = %q, want %q (absent: %v)", tt.name, tt.person, roles, tt.role, tt.not)
		}
	}
}
