package entities

import (
	"slices"
	"testing"
)

// TestClubPrefix pins rule clubPrefix and the listed Paris Saint-Germain on
// an invented sentence: a club's prefix word before a listed city names
// the club, and the city is no place of the text; a city alone stays one.
func TestClubPrefix(t *testing.T) {
	text := "Real Madrid will face Inter Milan in Lisbon, and Paris Saint-Germain play FC Porto."
	orgs, places := Find(text, Options{Lang: "en"})
	var on, pn []string
	for _, e := range orgs {
		on = append(on, e.Name)
	}
	for _, e := range places {
		pn = append(pn, e.Name)
	}
	for _, want := range []string{"Real Madrid", "Inter Milan", "Paris Saint-Germain", "FC Porto"} {
		if !slices.Contains(on, want) {
			t.Errorf("%q: organisations %q, want %s", text, on, want)
		}
	}
	if !slices.Equal(pn, []string{"Lisbon"}) {
		t.Errorf("%q: places %q, want [Lisbon]", text, pn)
	}
}
