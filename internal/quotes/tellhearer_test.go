package quotes

import "testing"

// TestTellHearer: the hearer after "told" is no part of the reported
// clause when it is a bare plural noun or a phrase a possessive ends
// (rule tellHearer).
// Invented sentences.
func TestTellHearer(t *testing.T) {
	const lead = "Bakery trial\n\nThe trial of a baker went into its second week.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a bare plural noun",
			"Prosecutor Lena Dahl told jurors the loaves were a week old.",
			[]spoken{{"the loaves were a week old", "Lena Dahl", "Prosecutor Lena Dahl"}}},
		{"a possessive opens the clause",
			"Defence lawyer Omar Kiel told the court his client had baked every loaf himself.",
			[]spoken{{"his client had baked every loaf himself", "Omar Kiel", "Defence lawyer Omar Kiel"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
