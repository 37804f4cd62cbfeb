package entities

import "testing"

// TestGenitiveGoverningNoun: rule genitiveGoverningNoun reads a German
// noun that governs a genitive ("nach Abschluss des Verfahrens") as no
// town after "nach", and keeps a town after the same preposition. Texts
// invented.
func TestGenitiveGoverningNoun(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a noun before a genitive article",
			"Nach Abschluss der Prüfung zahlt die Kasse. Erst nach Abschluss des Verfahrens kommt der Bescheid.",
			nil},
		{"a town after the same preposition stays",
			"Die Fähre fährt nach Velmark. Im Sommer fährt sie zweimal nach Velmark.",
			[]string{"Velmark"}},
	}
	for _, c := range cases {
		_, places := Find(c.text, Options{Lang: "de"})
		names := entityNames(places)
		if len(names) != len(c.want) || len(names) > 0 && names[0] != c.want[0] {
			t.Errorf("%s: %q: places %q, want %q", c.name, c.text, names, c.want)
		}
	}
}
