package quotes

import "testing"

// TestLinkLedSpeaker: a clause after "and" read as the inverted speaker
// of the clause before it names no one; the words stay, without a
// speaker (rule linkLedSpeaker). Invented text.
func TestLinkLedSpeaker(t *testing.T) {
	text := "Ferry review\n\nThe cabins are a bit cramped, and the crossing should take two hours for the trips you mentioned."
	checkSpoken(t, text, []spoken{{"The cabins are a bit cramped", "", ""}})
	checkPredicate(t, "linkLedMention", linkLedMention, []predicateCase{
		{"and the crossing should take two hours", true},
		{"of us", true},
		{"but nothing", true},
		{"And", false}, // a capitalised word may open a name or a title
		{"Ada Quell", false},
		{"organisers", false},
	})
}
