package quotes

import "testing"

// TestIndefiniteMember pins rule indefiniteMember of package people on
// invented sentences: a description of one unnamed person opened by "a",
// "an", "one" or "another" and ending in a capitalised word ("an Ohio
// Democrat", "a Velmcorp VP") is the speaker as written, one person: no
// group, organisation or name ("Ohio Republican"). A spokeswoman for an
// organisation is left to the rules before it.
func TestIndefiniteMember(t *testing.T) {
	const lead = "Farm towns brace\n\nCorn prices fell again on Tuesday. "
	cases := []struct{ tail, speaker string }{
		{`"Relief will not come before April," said one Ohio Republican.`, "one Ohio Republican"},
		{`"Relief will not come before April," said an Ohio Democrat.`, "an Ohio Democrat"},
		{`"Relief will not come before April," a Velmcorp VP said.`, "a Velmcorp VP"},
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
