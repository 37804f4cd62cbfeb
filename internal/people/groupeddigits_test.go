package people

import (
	"slices"
	"testing"
)

// TestGroupedDigits covers rule groupedDigits: a comma between a digit and
// three digits stays inside the figure's token; a comma before a space,
// a decimal comma and a group of other length do not.
// Invented text.
func TestGroupedDigits(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"a union of 12,500 dockers", []string{"a", "union", "of", "12,500", "dockers"}},
		{"a staff of 1,350", []string{"a", "staff", "of", "1,350"}},
		{"1,250,000 votes", []string{"1,250,000", "votes"}},
		{"rose 3,5 Prozent", []string{"rose", "3", ",", "5", "Prozent"}},
		{"page 12,3456", []string{"page", "12", ",", "3456"}},
		{"in 2020, 300 people", []string{"in", "2020", ",", "300", "people"}},
		{"items 4,", []string{"items", "4", ","}},
		{"Orvania,12 cases", []string{"Orvania", ",", "12", "cases"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.text) {
			got = append(got, tk.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// A role running over a grouped figure keeps the whole figure.
	text := "Tom Reddan, head of a union of 12,500 dockers, said the strike would go on."
	ps := Find(text)
	if len(ps) != 1 || ps[0].Name != "Tom Reddan" || !slices.Contains(ps[0].Roles, "head of a union of 12,500 dockers") {
		t.Errorf("%q: got %+v, want Tom Reddan with the whole figure in the role", text, ps)
	}
}
