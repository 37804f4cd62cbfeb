package people

import (
	"slices"
	"testing"
)

// TestRoleCommonWord pins rule roleCommonWord: a role noun before a word
// the text also writes in lower case is a heading, no person; a single
// name after a role, or after a courtesy title, stays a person. Invented
// text.
func TestRoleCommonWord(t *testing.T) {
	for _, c := range []struct {
		text   string
		person string
		want   bool
	}{
		{"Who does what in the club. Office clerk Handles the post and the keys. The clerk handles the rota too.",
			"Handles", false},
		{"Meet the rowing club. Boat coordinator Lending is open to members. Lending a boat takes a form; lending is free.",
			"Lending", false},
		{"The Velmar Rovers trained on Monday. Coach Tamsin ran the drills and the players stayed late.",
			"Tamsin", true},
		{"Mr. Quarrow arrived late to the hearing. It did not quarrow anyone, his lawyer joked.",
			"Quarrow", true},
	} {
		var names []string
		for _, p := range Find(c.text) {
			names = append(names, p.Name)
		}
		if got := slices.Contains(names, c.person); got != c.want {
			t.Errorf("%q among people %q = %v, want %v", c.person, names, got, c.want)
		}
	}
}
