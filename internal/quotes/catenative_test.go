package quotes

import "testing"

// TestCatenativeSpeech: a quotation attributed with a verb of intent
// and a bare verb of saying ("hoped to ask") is its subject's; an
// "according to" after it names where the words were found, and the
// attribution is no report of its own (rules catenativeSpeech and
// attributionContent). Invented text.
func TestCatenativeSpeech(t *testing.T) {
	text := "Inspector's queries\n\n" +
		"The inspector, Ada Quell, has drawn up queries to the Orvania harbour board.\n\n" +
		"\"Who moved the buoys?\" Ms. Quell hoped to ask.\n\n" +
		"\"Who paid for the dredging?\" the inspector, Ms. Quell, hoped to ask, according to the draft seen by the Harbour Gazette.\n\n" +
		"The board's chair, Tom Reel, said the board would answer every query.\n\n" +
		"\"Who ordered the night closures?\" Ms. Quell hoped to ask, according to her notebook."
	checkSpoken(t, text, []spoken{
		{"Who moved the buoys?", "Ada Quell", "Ms. Quell"},
		{"Who paid for the dredging?", "Ada Quell", "the inspector, Ms. Quell,"},
		{"the board would answer every query", "Tom Reel", "The board's chair, Tom Reel,"},
		// Not the one asked, whose words come right before.
		{"Who ordered the night closures?", "Ada Quell", "Ms. Quell"},
	})
}

// TestCatenativeSpeechVerbs: only a bare verb of saying after "to" and
// a verb of intent reads as speech ("plans to march" does not).
func TestCatenativeSpeechVerbs(t *testing.T) {
	checkPredicate(t, "catenativeSpeech", func(w string) bool { return catenativeSpeech[w] }, []predicateCase{
		{"ask", true},
		{"tell", true},
		{"protest", false},
		{"march", false},
	})
}
