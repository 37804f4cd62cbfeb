package people

import "testing"

// TestOutletWordSurname covers rule outletWordSurname: a broadcaster's short name that is a common
// surname ("Fox") is left out of nonName, so a given name and it make a
// person. Names invented.
func TestOutletWordSurname(t *testing.T) {
	text := `"The bakery will shut next month," Nina Fox said.`
	if !foundByFind(text, "Nina Fox") {
		t.Errorf("%q: Nina Fox not found", text)
	}
}
