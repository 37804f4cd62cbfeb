package people

import (
	"slices"
	"testing"
)

// TestNounModifier covers rule nounModifier: a lower-case noun before a
// role noun stays in the role; sentence words, adjectives and verbs
// before it do not. Names invented.
func TestNounModifier(t *testing.T) {
	tests := []struct{ text, role string }{
		{`"This is a good day," said council leader Mira Osei.`, "council leader"},
		{`The talks were led by union boss Mira Osei on Monday.`, "union boss"},
		{`The new council leader Mira Osei spoke at the quay.`, "council leader"},
		{`The talks were led by deputy harbour chief Mira Osei.`, "deputy harbour chief"},
		{`We heard from fellow candidate Mira Osei at the quay.`, "candidate"},
		{`The plan was backed by widely respected leader Mira Osei.`, "leader"},
		{`Her father, whose leader Mira Osei spoke, was at the quay.`, "leader"},
	}
	for _, tt := range tests {
		d := Analyze(tt.text)
		var roles []string
		for _, p := range d.People {
			if p.Name == "Mira Osei" {
				roles = p.Roles
			}
		}
		if !slices.Contains(roles, tt.role) {
			t.Errorf("%q: roles %q, want %q", tt.text, roles, tt.role)
		}
	}
}
