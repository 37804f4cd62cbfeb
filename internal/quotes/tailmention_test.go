package quotes

import "testing"

// TestTailMention: a quotation opening the sentence does not run on into a
// title or a phrase that its attribution quotes after a word of its own
// (rule tailMention; the phrase after "referring to" is an attribution of
// its own, rule referringTo); a segment the attribution opens with punctuation or
// a conjunction goes on with the quotation. Invented sentences.
func TestTailMention(t *testing.T) {
	const lead = "Pier row deepens\n\nThe council met again on Monday.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a show's title after the attribution",
			"“He invented the whole story,” she said of the report during a call to KXR’s “Sunday Hour.”",
			[]spoken{{"He invented the whole story,", "", "she"}}},
		{"a phrase the participle quotes",
			"“The pier will be safe by June,” Ona Brisk said, referring to the “harbour levy” of last year.",
			[]spoken{{"The pier will be safe by June,", "Ona Brisk", "Ona Brisk"}, {"the “harbour levy” of last year", "Ona Brisk", "Ona Brisk"}}},
		{"a second passage after a conjunction goes on",
			"“The vote was fair,” Ona Brisk said, but “the count took far too long.”",
			[]spoken{{"The vote was fair,” Ona Brisk said, but “the count took far too long.", "Ona Brisk", "Ona Brisk"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
