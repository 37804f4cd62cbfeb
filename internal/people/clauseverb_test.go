package people

import (
	"slices"
	"testing"
)

// TestAppositionClauseVerb covers rule appositionClauseVerb: words after
// a name's comma holding a finite verb are a clause, no role; a verb
// between a title's capitalised words is the title's. Invented text; the
// first two cases fail with the rule off, the third with the title check
// off.
func TestAppositionClauseVerb(t *testing.T) {
	tests := []struct {
		text, person, role string
		want               bool
	}{
		{"After the vote went to Senator Velma Starr, the party's candidate was asked to leave.", "Velma Starr", "party's candidate was asked to leave", false},
		{"His grandfather was Tom Velmard, Jr. was mayor of Velmton then.", "Tom Velmard", "Jr. was mayor of Velmton then", false},
		{"Ada Velmont, founder of The Sky is Velm, opened a shop.", "Ada Velmont", "founder of The Sky is Velm", true},
	}
	for _, tt := range tests {
		var roles []string
		for _, p := range Find(tt.text) {
			if p.Name == tt.person {
				roles = p.Roles
			}
		}
		if got := slices.Contains(roles, tt.role); got != tt.want {
			t.Errorf("%q: %s's roles %q, role %q found %v, want %v", tt.text, tt.person, roles, tt.role, got, tt.want)
		}
	}
}
