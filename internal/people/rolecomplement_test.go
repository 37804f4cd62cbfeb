package people

import (
	"strings"
	"testing"
)

// TestAppositionRoleComplement: a role in apposition keeps its complement,
// the organisation it serves, as far as the closing comma, the leading
// article dropped ("Name, the head of X," gives "head of X"), as
// "Name, Norland's finance minister," gives "Norland's finance minister".
func TestAppositionRoleComplement(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               []string // nil: no role
	}{
		{"nameMarkInRole: a plural possessive's apostrophe",
			`"It is time," Ola Brekke, the head of the Norland Teachers' Union, told reporters.`,
			"Ola Brekke", []string{"head of the Norland Teachers' Union"}},
		{"nameMarkInRole: a typographic apostrophe, no article",
			"Tove Rask, president of the Velmar Farmers’ Federation, said prices fell.",
			"Tove Rask", []string{"president of the Velmar Farmers’ Federation"}},
		{"nameMarkInRole: an ampersand",
			"Bo Lind, a partner at Lund & Berg, said the deal was sound.",
			"Bo Lind", []string{"partner at Lund & Berg"}},
		{"roleOrgComplement: a long organisation's name",
			"Ana Ruiz, the executive director of the Velmar Association of Rural and Coastal Growers, said the harvest was poor.",
			"Ana Ruiz", []string{"executive director of the Velmar Association of Rural and Coastal Growers"}},
		{"roleOrgComplement: a number and linkers inside the name",
			"Ola Brekke, the president and chief executive of the Velmar 2030 Games Committee, said the games would open.",
			"Ola Brekke", []string{"president and chief executive of the Velmar 2030 Games Committee"}},
		{"roleOrgComplement: a place after the name, joined by at the",
			"Tove Rask, a senior fellow and head of the Office for Rivers at the Velmar Institute, said rivers were low.",
			"Tove Rask", []string{"senior fellow and head of the Office for Rivers at the Velmar Institute"}},
		{"roleOrgComplement: no name at the boundary, no role",
			"For Ola Brekke, the coach of the team thanked everyone else except Tove Rask and Bo Lind. Brekke said so.",
			"Ola Brekke", nil},
		{"roleOrgComplement: a capitalised title opens a list, not a role",
			"The email went to Anna Berg, Deputy Chief of Staff Ola Lind and Deputy Chief of Staff Tove Rask. Berg said so.",
			"Anna Berg", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			found := false
			for _, p := range Find(tt.text) {
				if p.Name == tt.person {
					got, found = p.Roles, true
				}
			}
			if tt.want != nil && !found {
				t.Fatalf("Find(%q): no %s", tt.text, tt.person)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Find(%q): %s roles %q, want %q", tt.text, tt.person, got, tt.want)
			}
		})
	}
}

// TestDescriptionNameMark: rule nameMarkInRole in descriptions() too: the
// apposition "the head of the Norland Teachers' Union" is one description
// mention, not one cut at the apostrophe.
func TestDescriptionNameMark(t *testing.T) {
	text := `"It is time," Ola Brekke, the head of the Norland Teachers' Union, told reporters. Brekke said the union would vote.`
	for _, p := range Find(text) {
		if p.Name != "Ola Brekke" {
			continue
		}
		for _, m := range p.Mentions {
			if strings.HasPrefix(m.Text, "the head") {
				if m.Text != "the head of the Norland Teachers' Union" {
					t.Errorf("description mention %q, want the whole apposition", m.Text)
				}
				return
			}
		}
		t.Fatalf("no description mention in %+v", p.Mentions)
	}
	t.Fatal("no Ola Brekke")
}
