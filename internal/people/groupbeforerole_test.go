package people

import "testing"

// TestGroupBeforeRole covers rule groupBeforeRole: a group's name before
// a lower-case role noun and a name is the employer, not a person. Names
// invented.
func TestGroupBeforeRole(t *testing.T) {
	text := `"We expect to clear ten tonnes," said Velm Rivers Alliance director Tom Brand.`
	found := false
	for _, p := range Find(text) {
		if p.Name == "Velm Rivers Alliance" {
			t.Errorf("%q: the group read as a person", text)
		}
		found = found || p.Name == "Tom Brand"
	}
	if !found {
		t.Errorf("%q: Tom Brand not found", text)
	}
}
