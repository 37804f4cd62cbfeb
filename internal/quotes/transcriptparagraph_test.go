package quotes

import "testing"

// TestTranscriptParagraph: a paragraph opening with a transcript label is
// the labelled speaker's turn whole (rule transcriptParagraph), and a
// title-case label naming a person of the text and opening several
// paragraphs is a label too (rule titleCaseLabel); an interview's "Q:" is
// not read as one. Invented text.
func TestTranscriptParagraph(t *testing.T) {
	text := "Harbour chief on the record\n\nHarbour chief Ivo Marsh sat down with reporter Lena Brandt on Monday.\n\n" +
		"BRANDT: Will the ferry run again this year?\n\n" +
		"MARSH: The ferry sails again in June. We planned for it all winter.\n\n" +
		"BRANDT: And the crews?\n\n" +
		"MARSH: The crews want to work. They want safe boats.\n\n" +
		"Brandt: So the council decides the budget for the crews.\n\n" +
		"Marsh: Nobody says the budget is loose. It is what the council makes of it.\n\n" +
		"Brandt: And the pier itself?\n\n" +
		"Marsh: The pier will need a new deck before the summer comes.\n\n" +
		"Q: Did the council call you?\n\n" +
		"Q: Did the mayor call you?"
	checkSpoken(t, text, []spoken{
		{"Will the ferry run again this year?", "Lena Brandt", "BRANDT"},
		{"The ferry sails again in June. We planned for it all winter.", "Ivo Marsh", "MARSH"},
		{"And the crews?", "Lena Brandt", "BRANDT"},
		{"The crews want to work. They want safe boats.", "Ivo Marsh", "MARSH"},
		{"So the council decides the budget for the crews.", "Lena Brandt", "Brandt"},
		{"Nobody says the budget is loose. It is what the council makes of it.", "Ivo Marsh", "Marsh"},
		{"And the pier itself?", "Lena Brandt", "Brandt"},
		{"The pier will need a new deck before the summer comes.", "Ivo Marsh", "Marsh"},
	})
}

// TestTitleCaseLabelCount: a title-case label before too few words to be
// a turn ("Marsh: 547.", a count) is no transcript label (rule
// titleCaseLabel); the turns around it still are. Invented text.
func TestTitleCaseLabelCount(t *testing.T) {
	text := "Harbour chief on the record\n\nHarbour chief Ivo Marsh sat down with reporter Lena Brandt on Monday.\n\n" +
		"Brandt: So the council decides the budget for the crews.\n\n" +
		"Marsh: Nobody says the budget is loose. It is what the council makes of it.\n\n" +
		"Brandt: And the pier itself?\n\n" +
		"Marsh: 547."
	checkSpoken(t, text, []spoken{
		{"So the council decides the budget for the crews.", "Lena Brandt", "Brandt"},
		{"Nobody says the budget is loose. It is what the council makes of it.", "Ivo Marsh", "Marsh"},
		{"And the pier itself?", "Lena Brandt", "Brandt"},
	})
}
