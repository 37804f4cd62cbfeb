package entities

import "testing"

// TestGermanSetNouns: rule germanSetNouns reads the noun of a German set
// phrase after a place preposition ("je nach Bedarf", "bei Laune") as no
// town, and keeps a town after the same prepositions. Texts invented.
func TestGermanSetNouns(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"set phrases",
			"Die Halle in Velmark wird je nach Bedarf geheizt. Der Wirt hält die Gäste bei Laune.",
			[]string{"Velmark"}},
		{"a noun of duty",
			"Ada Quell sieht die Verbände in Pflicht und die Stadt in Velmark am Zug.",
			[]string{"Velmark"}},
	}
	for _, c := range cases {
		_, places := Find(c.text, Options{Lang: "de", People: []string{"Ada Quell"}})
		names := entityNames(places)
		if len(names) != len(c.want) || len(names) > 0 && names[0] != c.want[0] {
			t.Errorf("%s: %q: places %q, want %q", c.name, c.text, names, c.want)
		}
	}
}
