package people

import (
	"slices"
	"testing"
)

// TestRoleHonorific pins rule roleHonorific on invented texts: a
// courtesy title between a role and the name is no part of the role.
func TestRoleHonorific(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Local GP Dr Wenna Pascoe said the surgery was full.", "Wenna Pascoe", "Local GP"},
		{"Harbour Party MP Sir Ednyfed Rowe voted against.", "Ednyfed Rowe", "Harbour Party MP"},
		{"Stadtrat Dr. Jonas Wirbel lehnte den Antrag ab.", "Jonas Wirbel", "Stadtrat"},
	}
	for _, tt := range tests {
		lang := "en"
		if tt.name == "Jonas Wirbel" {
			lang = "de"
		}
		var roles []string
		for _, p := range AnalyzeLang(tt.text, lang).People {
			if p.Name == tt.name {
				roles = p.Roles
			}
		}
		if !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s roles %q, want %q", tt.text, tt.name, roles, tt.role)
		}
	}
}
