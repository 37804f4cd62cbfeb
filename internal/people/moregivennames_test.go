package people

import (
	"slices"
	"testing"
)

// TestMoreGivenNames covers rule moreGivenNames: a full name opening
// with one of the added given names has its gender and is a person with
// no other mark. Names invented.
func TestMoreGivenNames(t *testing.T) {
	for name, want := range map[string]byte{"Lucy Tannery": 'f', "Harriet Velling": 'f', "Rhys Ollard": 'm', "Declan Morrow": 'm'} {
		if got := firstNameGenderOf(name); got != want {
			t.Errorf("firstNameGenderOf(%q) = %q, want %q", name, got, want)
		}
	}
	var names []string
	for _, p := range Find("Harriet Velling opened the bakery on the quay in spring.") {
		names = append(names, p.Name)
	}
	if !slices.Contains(names, "Harriet Velling") {
		t.Errorf("people %q, want Harriet Velling", names)
	}
}
