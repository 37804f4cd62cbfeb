package entities

import (
	"slices"
	"testing"
)

// TestPlaceNamedOrg pins rule placeNamedOrg on an invented article: a
// name read as a place only from the preposition before it, that the
// article names as an organisation, is no place.
func TestPlaceNamedOrg(t *testing.T) {
	text := "The tech firm Velmarix will cut 400 jobs. It is based in Reading.\n\nShares in Velmarix rose 4% on Tuesday."
	orgs, places := Find(text, Options{Lang: "en"})
	var pn []string
	for _, e := range places {
		pn = append(pn, e.Name)
	}
	if !slices.Equal(pn, []string{"Reading"}) {
		t.Errorf("places %q, want [Reading]", pn)
	}
	var on []string
	for _, e := range orgs {
		on = append(on, e.Name)
	}
	if !slices.Contains(on, "Velmarix") {
		t.Errorf("organisations %q, want Velmarix", on)
	}
}
