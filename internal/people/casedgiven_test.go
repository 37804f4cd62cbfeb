package people

import (
	"slices"
	"testing"
)

// TestCasedGivenNameStart pins rule casedGivenNameStart on an invented
// sentence: after a role and its capitalised genitive complement, a known
// given name in the genitive opens the name, named in the nominative,
// and the complement stays in the role.
func TestCasedGivenNameStart(t *testing.T) {
	const text = "Zdaniem posłanki Lewicy Marty Velmskiej rząd spóźnił się o rok."
	ps := AnalyzeLang(text, "pl").People
	if len(ps) != 1 || ps[0].Name != "Marta Velmska" || !slices.Equal(ps[0].Roles, []string{"posłanki Lewicy"}) {
		for _, p := range ps {
			t.Errorf("person %q roles %q", p.Name, p.Roles)
		}
		t.Errorf("%q: want Marta Velmska alone, role posłanki Lewicy", text)
	}
}
