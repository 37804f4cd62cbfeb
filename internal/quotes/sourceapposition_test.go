package quotes

import "testing"

// TestSourceApposition: the description set off after a final "according
// to X," is X's apposition, not a continuation of the clause before the
// phrase (rule sourceApposition); a clause after the phrase still is.
// Invented sentences.
func TestSourceApposition(t *testing.T) {
	const lead = "Mill plan\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a role noun heads the apposition",
			"The mill will shut, according to Ivo Renn, chairman of the works council.",
			[]spoken{{"The mill will shut", "Ivo Renn", "Ivo Renn"}}},
		{"an indefinite article opens it",
			"The mill will shut, according to Ivo Renn, a member of the works council.",
			[]spoken{{"The mill will shut", "Ivo Renn", "Ivo Renn"}}},
		{"a clause after the phrase is content",
			"The plain fact, according to Ivo Renn, is that the mill will shut.",
			[]spoken{{"The plain fact, according to Ivo Renn, is that the mill will shut", "Ivo Renn", "Ivo Renn"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
