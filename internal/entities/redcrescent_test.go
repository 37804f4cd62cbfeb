package entities

import (
	"slices"
	"testing"
)

// TestRedCrescentOwnName: the Red Crescent and the Red Cross are two
// organisations; a Red Crescent mention keeps its name.
func TestRedCrescentOwnName(t *testing.T) {
	text := "Volunteers of the Red Crescent handed out blankets, and the Red Cross sent two field kitchens."
	orgs, _ := Find(text, Options{Lang: "en"})
	names := sortedNames(orgs)
	if !slices.Equal(names, []string{"Red Crescent", "Red Cross"}) {
		t.Errorf("%q: organisations %q, want [Red Crescent Red Cross]", text, names)
	}
}
