package quotes

import "testing"

// TestAskedPassive: the question after "X was asked," is put to X, not
// said by X; it keeps its reading without a speaker, while X's answer
// after a speech verb stays X's (rule askedPassive). Invented text.
func TestAskedPassive(t *testing.T) {
	text := "Harbour talk\n\nThe ferry operator Ada Quell defended the timetable on Tuesday.\n\nSpeaking on Harbour Radio, Quell was asked, “What is the hardest crossing you have ever made?”\n\nQuell laughed and said the north route was hard."
	checkQuoteBy(t, "en", text, spoken{"What is the hardest crossing you have ever made?", "", ""})
	checkQuoteBy(t, "en", text, spoken{"the north route was hard", "Ada Quell", "Quell"})
}
