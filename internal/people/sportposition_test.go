package people

import (
	"slices"
	"testing"
)

// TestSportPositions covers sportPositions (a player's position before a
// name is the role, not part of the name) and rule positionCommonWord (a
// lone word after a position that the text writes in lower case too is
// no surname). Texts invented.
func TestSportPositions(t *testing.T) {
	text := "Goalkeeper Ria Dunmore saved a late penalty as Harlow Vale won on Sunday."
	var got *Person
	for _, p := range Find(text) {
		if p.Name == "Ria Dunmore" {
			got = &p
		}
	}
	if got == nil || !slices.Contains(got.Roles, "Goalkeeper") {
		t.Errorf("%q: want Ria Dunmore with role Goalkeeper, got %+v", text, Find(text))
	}
	text = "Goalkeeper Rating – sets the rating of the keeper.\n\nStriker Speed – sets the speed."
	for _, p := range Find(text) {
		if p.Name == "Rating" {
			t.Errorf("%q: Rating read as a person", text)
		}
	}
}
