package entities

import (
	"slices"
	"testing"
)

// TestItalianClubArticle pins rule italianClubArticle on invented Italian
// sentences: a city after an article is its club, a city without one
// the place.
func TestItalianClubArticle(t *testing.T) {
	text := "Il Napoli ha battuto il Torino a Torino. A Roma la Roma ha pareggiato, e l'allenatore della Roma parla del Milan."
	orgs, places := Find(text, Options{Lang: "it"})
	var on, pn []string
	for _, e := range orgs {
		on = append(on, e.Name)
	}
	for _, e := range places {
		pn = append(pn, e.Name)
	}
	for _, want := range []string{"Napoli", "Torino", "Roma", "Milan"} {
		if !slices.Contains(on, want) {
			t.Errorf("organisations %q, want %s", on, want)
		}
	}
	slices.Sort(pn)
	if !slices.Equal(pn, []string{"Rome", "Turin"}) {
		t.Errorf("places %q, want [Rome Turin]", pn)
	}
}
