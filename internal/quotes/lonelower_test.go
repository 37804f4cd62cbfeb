package quotes

import "testing"

// TestLoneLowerSpeaker: a lone lower-case word that is no plural, no
// word for people and no source ("tape", "far") names no one; the
// words keep their reading without it (rule loneLowerSpeaker).
// Invented text.
func TestLoneLowerSpeaker(t *testing.T) {
	text := "Harbour notes from Orvania\n\n" +
		"The harbour master, caught on tape said the north pier had cracked again.\n\n" +
		"Ada Quell said the council so far had refused to pay for the repairs."
	checkSpoken(t, text, []spoken{
		{"the north pier had cracked again", "", ""},
		{"the council so far had refused to pay for the repairs", "Ada Quell", "Ada Quell"},
		{"pay for the repairs", "", ""},
	})
	checkPredicate(t, "loneLowerMention", loneLowerMention, []predicateCase{
		{"camera", true},
		{"meanwhile", true},
		{"late-night", true},
		{"pilots", false},
		{"police", false},
		{"someone", false},
		{"research", false},
		{"spokeswoman", false},
		{"you're", false},
		{"40%", false},
		{"Quell", false},
		{"the pier trust", false},
	})
}
