package people

import "testing"

// TestFaithModifiers pins rule faithModifiers: a faith or the group named
// by it opens no name, so "Muslim Velmarians" is no person, while the
// person after such a word keeps the name. Invented text.
func TestFaithModifiers(t *testing.T) {
	text := "Muslim Velmarians gathered in Velmar on Sunday. Muslim leaders spoke first. Evangelical pastor Ardo Velmsey said the town stood together, and Velmsey thanked the crowd."
	var found bool
	for _, p := range Find(text) {
		switch p.Name {
		case "Muslim Velmarians", "Velmarians", "Muslim":
			t.Errorf("person %q, want none", p.Name)
		case "Ardo Velmsey":
			found = true
		}
	}
	if !found {
		t.Errorf("Ardo Velmsey not found")
	}
}
