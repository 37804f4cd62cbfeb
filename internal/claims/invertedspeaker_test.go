package claims

import "testing"

// TestInvertedSpeaker checks rule invertedSpeaker: a known name right
// after a speech verb is its speaker only when the verb follows a break
// or a quotation's end; after a word the verb has its subject, and the
// name opens the reported clause. Texts invented.
func TestInvertedSpeaker(t *testing.T) {
	opts := Options{Sources: []Source{{Mention: "Quist", Name: "Dara Quist"}, {Mention: "Corin Vale", Name: "Corin Vale"}}}
	checkFirstSource(t, opts, []sourceCase{
		{"Asked about the Harlow bridge, 63 percent said Quist was right to wait.", ""},
		{"Officials say Corin Vale, the driver who hurt 12 people in Harlow, held two licences.", ""},
		{"The bridge will cost $40 million, said Quist.", "Dara Quist"},
		{"\u201cThe bridge will cost $40 million,\u201d says Quist.", "Dara Quist"},
	})
}
