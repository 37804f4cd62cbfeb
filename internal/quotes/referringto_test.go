package quotes

import "testing"

// TestReferringTo: "..., X said, referring to Y" after a quotation gives Y
// as X's attribution (rule referringTo), unless the quotation goes on in
// the next sentence. Invented sentences.
func TestReferringTo(t *testing.T) {
	const lead = "Pier row deepens\n\nThe council met again on Monday.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"the referent is an attribution",
			"“That was a disgrace,” Dorn Avery said, referring to the vote on the western pier.",
			[]spoken{{"That was a disgrace,", "Dorn Avery", "Dorn Avery"}, {"the vote on the western pier", "Dorn Avery", "Dorn Avery"}}},
		{"the quotation goes on",
			"“That was a disgrace,” Dorn Avery said, referring to the vote on the western pier. “Nobody asked the crews.”",
			[]spoken{{"That was a disgrace,” Dorn Avery said, referring to the vote on the western pier. “Nobody asked the crews.", "Dorn Avery", "Dorn Avery"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
