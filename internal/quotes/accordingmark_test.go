package quotes

import "testing"

// TestAccordingMarkedComma: a clause closed by a comma inside a closing
// mark before a final "according to X" is X's (rule markedComma in
// according), as one closed by a bare comma is.
// Invented sentences.
func TestAccordingMarkedComma(t *testing.T) {
	const lead = "Pier sale\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"one quoted word",
			"The sale of the pier was a \"scandal,\" according to Rhoda Kell.",
			[]spoken{{"The sale of the pier was a \"scandal,\"", "Rhoda Kell", "Rhoda Kell"}}},
		{"curly marks",
			"The sale of the pier was a “quiet scandal,” according to Rhoda Kell.",
			[]spoken{{"The sale of the pier was a “quiet scandal,”", "Rhoda Kell", "Rhoda Kell"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
