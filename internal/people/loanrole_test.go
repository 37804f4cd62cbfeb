package people

import "testing"

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
		wantRole(t, "de", tt.text, tt.name, tt.role)
	}
}
