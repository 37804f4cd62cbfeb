package quotes

import "testing"

// TestIndefiniteMember pins rule indefiniteMember of package people on
// invented sentences: a description of one unnamed person opened by "a",
// "an", "one" or "another" and ending in a capitalised word ("an Iowa
// Democrat", "a Velmcorp VP") is the speaker as written, one person: no
// group, organisation or name ("Iowa Republican"). A spokeswoman for an
// organisation is left to the rules before it.
func TestIndefiniteMember(t *testing.T) {
	const lead = "Farm towns brace\n\nCorn prices fell again on Tuesday. "
	cases := []struct{ tail, speaker string }{
		{`"We are not going to see relief before April," said one Iowa Republican.`, "one Iowa Republican"},
		{`"We are not going to see relief before April," said an Iowa Democrat.`, "an Iowa Democrat"},
		{`"We are not going to see relief before April," a Velmcorp VP said.`, "a Velmcorp VP"},
	}
	for _, c := range cases {
		qs := Extract(lead+c.tail, Options{})
		if len(qs) != 1 || qs[0].Speaker != c.speaker || qs[0].SpeakerIsGroup {
			var got []string
			for _, q := range qs {
				got = append(got, q.Speaker)
			}
			t.Errorf("%q: speakers %q (group %v), want %q, one person", c.tail, got, len(qs) > 0 && qs[0].SpeakerIsGroup, c.speaker)
		}
	}
}
