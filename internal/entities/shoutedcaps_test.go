package entities

import "testing"

// TestShoutedCapitals: rules placeInCapitals and loneShoutedWord keep a
// word in capitals that is no acronym out of the organisations, and leave
// real acronyms (repeated, or defined in brackets) alone. Texts invented.
func TestShoutedCapitals(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"placeInCapitals: a listed country in capitals",
			"Winter offers from the Harbour Gazette travel desk. NORWAY Up to 30% off cabins, book by March.",
			[]string{"Harbour Gazette"}},
		{"loneShoutedWord: a shouted word the text writes in lower case",
			"Ada Quell lit the beacon at dusk. BEACON nights return to the old quay in May.",
			nil},
		{"loneShoutedWord: a shouted word the text writes with one capital",
			"The Tarnby kettle comes in Harbour Teal and Dune Sand. TEAL is back in stock from May.",
			nil},
		{"loneShoutedWord: a repeated acronym stays",
			"The KVRT met on Monday. Ada Quell said the KVRT would vote on the plan.",
			[]string{"KVRT"}},
		{"loneShoutedWord: an acronym in brackets after its name stays",
			"The Kiln Guild (KILN) said its kiln rules would change.",
			[]string{"KILN"}},
	}
	for _, c := range cases {
		orgs, _ := Find(c.text, Options{Lang: "en", People: []string{"Ada Quell"}})
		names := entityNames(orgs)
		if len(names) != len(c.want) {
			t.Errorf("%s: %q: organisations %q, want %q", c.name, c.text, names, c.want)
			continue
		}
		for i := range names {
			if names[i] != c.want[i] {
				t.Errorf("%s: %q: organisations %q, want %q", c.name, c.text, names, c.want)
			}
		}
	}
}
