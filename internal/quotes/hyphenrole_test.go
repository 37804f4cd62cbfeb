package quotes

import "testing"

// TestHyphenRole: a role noun joined by hyphens to a prefix or to other
// words ("co-director", "ex-director", "sergeant-at-arms") is a role as the
// bare noun is (hyphenRole): an apposition after a name that holds one is
// part of the speaker mention (ageOrRole), and a definite description
// headed by one points back to the person just named (descriptionRole).
// Invented sentences.
func TestHyphenRole(t *testing.T) {
	const lead = "Harbour fund wound up\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"an apposition with a prefixed role",
			"The fund will close in May, said Ivo Brandt, co-director of the fund.",
			[]spoken{{"The fund will close in May", "Ivo Brandt", "Ivo Brandt, co-director of the fund"}}},
		{"a definite description with a prefixed role",
			"Ivo Brandt ran the harbour fund for a decade, and Mr Brandt said he was proud. The fund will close in May, the ex-director said on Monday.",
			[]spoken{{"he was proud", "Ivo Brandt", "Mr Brandt"}, {"The fund will close in May", "Ivo Brandt", "the ex-director"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
