package quotes

import "testing"

// TestAdverbialTail: a verb of other senses after the clause's comma with
// only an adverbial after it reports the clause before it (rule
// adverbialTail), as it does with nothing after it.
// Invented sentences.
func TestAdverbialTail(t *testing.T) {
	const lead = "Pool to reopen\n\nThe town's outdoor pool has been shut since August.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a time adverbial",
			"The pool will reopen in time for the summer holidays, the leisure trust confirmed on Thursday.",
			[]spoken{{"The pool will reopen in time for the summer holidays", "the leisure trust", "the leisure trust"}}},
		{"a channel",
			"Entry will be free for children under five, the trust announced on its website.",
			[]spoken{{"Entry will be free for children under five", "the trust", "the trust"}}},
		{"a verb that is no tailVerbs word",
			"Dara Kent swam four lengths, her sister Noor added in the evening.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
