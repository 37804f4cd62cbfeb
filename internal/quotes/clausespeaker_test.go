package quotes

import "testing"

// TestClauseSpeaker: a "speaker" holding an auxiliary is a clause the
// phrase rules ran over ("you can feel assured that ..."); the speaker
// goes (rule clauseSpeaker). Invented text.
func TestClauseSpeaker(t *testing.T) {
	text := "Ferry notes\n\nWith the new timetable you can feel assured that the early boat will always leave on time."
	checkSpoken(t, text, []spoken{{"that the early boat will always leave on time", "", ""}})
	checkPredicate(t, "clauseMention", clauseMention, []predicateCase{
		{"the new timetable you can feel", true},
		{"the pier is closed to", true},
		{"traders who were polled", false},
		{"Harbour Chairman Will Dorran", false},
		{"was", false},
	})
}
