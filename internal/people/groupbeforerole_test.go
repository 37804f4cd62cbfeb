package people

import "testing"

// TestGroupBeforeRole covers rule groupBeforeRole: a group's name before
// a lower-case role noun and a name is the employer, not a person. Names
// invented.
func TestGroupBeforeRole(t *testing.T) {
	text := `"We expect to clear ten tonnes," said Velm Rivers Alliance director Tom Brand.`
	if foundByFind(text, "Velm Rivers Alliance") {
		t.Errorf("%q: the group read as a person", text)
	}
	if !foundByFind(text, "Tom Brand") {
		t.Errorf("%q: Tom Brand not found", text)
	}
}
