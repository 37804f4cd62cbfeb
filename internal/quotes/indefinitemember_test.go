package quotes

import "testing"

// TestIndefiniteMember pins rule indefiniteMember of package people on
// invented sentences: a description of one unnamed person opened by "a",
// "an", "one" or "another" and ending in a capitalised word ("an Ohio
// Democrat", "a Velmcorp VP") is the speaker as written, one person: no
// group, organisation or name ("Ohio Republican"). A spokeswoman for an
// organisation is one person by rule roleForEmployer of package people;
// a division of a firm (a preposition inside, memberBreaks) and a plural head
// ("a few Ohio Republicans") are left to the rules before it, which read
// a group.
func TestIndefiniteMember(t *testing.T) {
	const lead = "Farm towns brace\n\nCorn prices fell again on Tuesday. "
	cases := []struct {
		tail, speaker string
		group         bool
	}{
		{`"Relief will not come before April," said one Ohio Republican.`, "one Ohio Republican", false},
		{`"Relief will not come before April," said an Ohio Democrat.`, "an Ohio Democrat", false},
		{`"Relief will not come before April," a Velmcorp VP said.`, "a Velmcorp VP", false},
		{`"Relief will not come before April," said a division of Velmcorp.`, "a division of Velmcorp", true},
		{`"Relief will not come before April," said a few Ohio Republicans.`, "a few Ohio Republicans", true},
	}
	for _, c := range cases {
		qs := Extract(lead+c.tail, Options{})
		if len(qs) != 1 || qs[0].Speaker != c.speaker || qs[0].SpeakerIsGroup != c.group {
			var got []string
			for _, q := range qs {
				got = append(got, q.Speaker)
			}
			t.Errorf("%q: speakers %q (group %v), want %q (group %v)", c.tail, got, len(qs) > 0 && qs[0].SpeakerIsGroup, c.speaker, c.group)
		}
	}
}
