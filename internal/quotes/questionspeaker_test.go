package quotes

import "testing"

// TestQuestionSpeaker: a question's auxiliary and inverted subject ("did
// the lighthouse keeper") read as a speaker name no one; the speaker goes
// (rule questionSpeaker). A name read through them stays. Invented text.
func TestQuestionSpeaker(t *testing.T) {
	text := "Harbour jokes\n\n12. What did the lighthouse keeper say when the lamp went out? Nothing, he was in the dark."
	checkSpoken(t, text, []spoken{{"when the lamp went out", "", ""}})
	checkPredicate(t, "questionMention", questionMention, []predicateCase{
		{"did the lighthouse keeper", true},
		{"Does the board", true},
		{"do you", false}, // an interviewer's "Do you expect ...": PolNeAR marks the one asked
		{"Dora Quell", false},
	})
}
