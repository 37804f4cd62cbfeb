package entities

import "testing"

// TestShoutedCapitals: rule placeInCapitals keeps a word in capitals that
// is no acronym out of the organisations. Texts invented.
func TestShoutedCapitals(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"placeInCapitals: a listed country in capitals",
			"Winter offers from the Harbour Gazette travel desk. NORWAY Up to 30% off cabins, book by March.",
			[]string{"Harbour Gazette"}},
	}
	for _, c := range cases {
		orgs, _ := Find(c.text, Options{Lang: "en", People: []string{"Ada Quell"}})
		var names []string
		for _, e := range orgs {
			names = append(names, e.Name)
		}
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
