package people

import (
	"slices"
	"testing"
)

// TestLoanRoleCompound pins rule loanRoleCompound on invented German
// sentences: an English title joined to a firm's or a club's name by a
// hyphen ("Velmly-CEO", "Velmstadt-Boss") is a role, not part of the
// name after it; so is a correspondent's compound.
func TestLoanRoleCompound(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Das sagte Velmly-CEO Maria Velmgren am Montag in Hamburg.", "Maria Velmgren", "Velmly-CEO"},
		{"Nach dem Spiel lobte Velmstadt-Boss Klaus Velmer die Mannschaft.", "Klaus Velmer", "Velmstadt-Boss"},
		{"Wie Hafen-Korrespondent Jonas Velm berichtete, stockt der Umschlag.", "Jonas Velm", "Hafen-Korrespondent"},
	}
	for _, tt := range tests {
		roles, found := personRoles(tt.text, "de", tt.name)
		if !found {
			var names []string
			for _, p := range AnalyzeLang(tt.text, "de").People {
				names = append(names, p.Name)
			}
			t.Errorf("%q: people %q, want %s", tt.text, names, tt.name)
		} else if !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s has roles %q, want %q", tt.text, tt.name, roles, tt.role)
		}
	}
}
