package people

import "testing"

// TestOutletWordSurname covers rule outletWordSurname: a broadcaster's short name that is a common
// surname ("Fox") is left out of nonName, so a given name and it make a
// person. Names invented.
func TestOutletWordSurname(t *testing.T) {
	text := `"The bakery will shut next month," Nina Fox said.`
	found := false
	for _, p := range Find(text) {
		found = found || p.Name == "Nina Fox"
	}
	if !found {
		t.Errorf("%q: Nina Fox not found", text)
	}
}
