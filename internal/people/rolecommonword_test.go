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
	checkFoundByFind(t, []findCase{
		{"Who does what in the club. Office clerk Handles the post and the keys. The clerk handles the rota too.",
			"Handles", false},
		{"Meet the rowing club. Boat coordinator Lending is open to members. Lending a boat takes a form; lending is free.",
			"Lending", false},
		{"The Velmar Rovers trained on Monday. Coach Tamsin ran the drills and the players stayed late.",
			"Tamsin", true},
		{"Mr. Quarrow arrived late to the hearing. It did not quarrow anyone, his lawyer joked.",
			"Quarrow", true},
	})
}

// TestTitledRoleNoun pins rule titledRoleNoun: a role noun after a role
// completes the role and is no person's name; a surname after a role,
// or a word after a courtesy title, is left. Invented text.
func TestTitledRoleNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		word string // the single name after the title
		want bool
	}{
		{"The lodge hired a Deputy Director last spring.", "Director", true},
		{"The lodge hired Deputy Velk last spring.", "Velk", false},
		{"The lodge hired Mr. Director last spring.", "Director", false},
	} {
		d := Analyze(c.text)
		k := slices.IndexFunc(d.Tokens, func(tk Token) bool { return tk.Text == c.word })
		r := nameRun{tokStart: k, tokEnd: k + 1, roleStart: k - 1, titled: true}
		if k > 1 && d.Tokens[k-1].Text == "." {
			r.roleStart = k - 2
		}
		if got := d.titledRoleNoun(r, d.lowerBare(d.Tokens[k])); got != c.want {
			t.Errorf("%q: titledRoleNoun(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
