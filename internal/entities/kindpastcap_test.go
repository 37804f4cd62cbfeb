package entities

import "testing"

// TestKindPastCap checks rule kindPastCap: a kind word right after a
// five-word run that ends in a kind word belongs to the same name. Text
// invented.
func TestKindPastCap(t *testing.T) {
	text := "The Elsmere and District NHS Foundation Trust said repairs were late."
	orgs, _ := Find(text, Options{Lang: "en"})
	for _, e := range orgs {
		if e.Name == "Elsmere and District NHS Foundation Trust" {
			return
		}
	}
	t.Errorf("%q: organisations %v, want Elsmere and District NHS Foundation Trust", text, orgs)
}
