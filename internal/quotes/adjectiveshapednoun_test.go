package quotes

import "testing"

// TestAdjectiveShapedNoun: a source phrase ending in a noun written like an
// adjective ("summary", "editorial", "cleric") names a speaker (rule
// adjectiveShapedNoun). Invented sentences.
func TestAdjectiveShapedNoun(t *testing.T) {
	const lead = "Pier review published\n\nThe council published its review on Friday.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a document after according to",
			"The clerk did not file the ferry papers on time, according to the summary.",
			[]spoken{{"The clerk did not file the ferry papers on time", "the summary", "the summary"}}},
		{"a paper's editorial as subject",
			"The editorial argued that the pier should close for the winter.",
			[]spoken{{"that the pier should close for the winter", "The editorial", "The editorial"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
