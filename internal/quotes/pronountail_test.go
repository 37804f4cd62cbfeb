package quotes

import "testing"

// TestPronounTail: a mention ending in a subject pronoun after other
// words ("Those of you", "the trips you") is the reader or a clause's
// subject, not a speaker; the speaker goes (rule pronounTail). Invented
// text.
func TestPronounTail(t *testing.T) {
	text := "Ferry notes\n\nThose of you have asked whether the ferry will keep running through the winter storms."
	checkSpoken(t, text, []spoken{{"whether the ferry will keep running through the winter storms", "", ""}})
	checkPredicate(t, "pronounTailMention", pronounTailMention, []predicateCase{
		{"Those of you", true},
		{"the trips you", true},
		{"the ferries I", true},
		{"he and she", false},
		{"did you", false}, // rule questionSpeaker's
		{"you", false},
		{"Ada Quell", false},
	})
}
