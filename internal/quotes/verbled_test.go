package quotes

import "testing"

// TestVerbLedSpeaker: a mention opening with a bare verb cut from its
// subject ("sent two notes") names no one; the report keeps its words
// without that speaker (rule verbLedSpeaker). Invented text.
func TestVerbLedSpeaker(t *testing.T) {
	text := "Ferry notes\n\nThe Orvania harbour board, which runs the island ferries, recently sent two notes asking for fresh money to mend the north pier."
	checkSpoken(t, text, []spoken{{"for fresh money to mend the north pier", "", ""}})
	checkPredicate(t, "verbLedMention", verbLedMention, []predicateCase{
		{"sent two notes", true},
		{"make certain we'd", true},
		{"get going", true},
		{"No", true},
		{"No ferries", true},
		{"Well", true},
		{"You’ve", true},
		{"you'd", true},
		{"you're", false}, // an interviewer's guest
		{"No one", false},
		{"No Dal-sun", false},
		{"Make Tarrow", false},
		{"least one keeper", false},
		{"been asked", false},
		{"Ada Quell", false},
	})
}
