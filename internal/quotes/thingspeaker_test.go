package quotes

import "testing"

// TestThingSpeaker: a lone word of a page's furniture ("page") is no
// speaker; the report keeps its words without it (rule thingSpeaker).
// Invented text.
func TestThingSpeaker(t *testing.T) {
	text := "Ferry guide\n\nThis page explains how the island ferry timetable works and how you can book a cabin."
	checkSpoken(t, text, []spoken{{"how the island ferry timetable works and how you can book a cabin", "", ""}})
	checkSpoken(t, "Ferry guide\n\nThis guide explains how the island ferry timetable works.", []spoken{{"how the island ferry timetable works", "", ""}})
	checkPredicate(t, "thingMention", thingMention, []predicateCase{
		{"page", true},
		{"Sign", true},
		{"Chapter", true},
		{"guide", true},
		{"Question", false},
		{"Guide", false},
		{"One pressing question", false},
		{"Ada Quell", false},
	})
}
