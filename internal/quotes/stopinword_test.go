package quotes

import "testing"

// TestPastTailStop: a question closed by its own mark and a short
// attribution whose past-tense verb the lexicon lacks ("Tom Reddan
// pressed.") is the asker's, not the speaker's before (rule
// pastTailStop). Invented text.
func TestPastTailStop(t *testing.T) {
	text := "Harbour talk\n\nThe ferry operator Ada Quell defended the timetable on Tuesday.\n\n“Would the fares go up next year?” Tom Reddan pressed."
	checkQuoteBy(t, "en", text, spoken{"Would the fares go up next year?", "Tom Reddan", "Tom Reddan"})
	checkPredicate(t, "stopInWord", stopInWord, []predicateCase{
		{"pressed.", true},
		{"pressed", false},
		{"U.S.", false},
	})
}
