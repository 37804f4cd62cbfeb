package people

import (
	"fmt"
	"slices"
	"testing"
)

// TestGenitiveLead pins rule genitiveLead: in Latvian, Lithuanian and
// Estonian what a role is of stands before it in the genitive, and is
// part of the role; a verb before the role is not ("paziņoja",
// "pažymėjo"). Texts and names invented.
func TestGenitiveLead(t *testing.T) {
	for _, tt := range []struct{ lang, text, name, role string }{
		{"lv", "Vakar Velmciema domes priekšsēdētājs Andris Velmkalns apmeklēja skolu.", "Andris Velmkalns", "Velmciema domes priekšsēdētājs"},
		{"lv", "Tiltu apmeklēja ministrs Jānis Velmkalns.", "Jānis Velmkalns", "ministrs"},
		{"lt", "Vakar Velmiškio miesto tarybos narys Tomas Velmaitis aplankė mokyklą.", "Tomas Velmaitis", "Velmiškio miesto tarybos narys"},
		{"lt", "Tai pažymėjo ministrė Rūta Velmienė.", "Rūta Velmienė", "ministrė"},
		{"lt", "Vakar bendrovės generalinis direktorius Jonas Velmaitis atsistatydino.", "Jonas Velmaitis", "bendrovės generalinis direktorius"},
		{"et", "Eile külastas kooli haigla juht Marko Velmsoo.", "Marko Velmsoo", "haigla juht"},
	} {
		checkOnePersonRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}

// checkOnePersonRole asks that text in lang name one person, name, with
// role among her roles, or with no role when role is "".
func checkOnePersonRole(t *testing.T, lang, text, name, role string) {
	t.Helper()
	d := AnalyzeLang(text, lang)
	if len(d.People) != 1 || d.People[0].Name != name || role != "" && !slices.Contains(d.People[0].Roles, role) || role == "" && len(d.People[0].Roles) > 0 {
		var got []string
		for _, p := range d.People {
			got = append(got, p.Name+" "+fmt.Sprint(p.Roles))
		}
		t.Errorf("%s %q: people %q, want %s with role %q", lang, text, got, name, role)
	}
}
