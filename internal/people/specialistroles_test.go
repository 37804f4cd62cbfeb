package people

import (
	"slices"
	"testing"
)

// TestSpecialistRoles pins rule specialistRoles on invented texts: a
// medical specialist or a scientist quoted as an expert has that role.
func TestSpecialistRoles(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Amit Shah, a cardiologist at the hospital, said the findings were worrying.", "Amit Shah", "cardiologist at the hospital"},
		{"The outbreak is slowing, epidemiologist Lena Ruiz told reporters.", "Lena Ruiz", "epidemiologist"},
		{"Karen Holt, a volcanologist, said the island was safe.", "Karen Holt", "volcanologist"},
	}
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
