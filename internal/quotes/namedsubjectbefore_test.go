package quotes

import "testing"

// TestNamedSubjectBefore: a quotation standing alone after a sentence of
// its paragraph that opens with another named person is that person's,
// not the speaker quoted before (rule namedSubjectBefore); with no name
// opening the sentence before, it goes on with the earlier speaker.
// Invented text.
func TestNamedSubjectBefore(t *testing.T) {
	const lead = "Candidates react to flood\n\nSenator Clara Dunmore toured the valley on Sunday.\n\n\"He should take the critics head-on,\" Tom Varley said.\n\n"
	checkSpoken(t, lead+"Dunmore began Monday with a short message about the flood. \"Woke up to terrible news from the valley. My thoughts are with the families.\"", []spoken{
		{"He should take the critics head-on,", "Tom Varley", "Tom Varley"},
		{"Woke up to terrible news from the valley. My thoughts are with the families.", "Clara Dunmore", "Dunmore"},
	})
	checkSpoken(t, lead+"The rain went on all Monday. \"Nobody in the capital has seen this valley,\" he added.", []spoken{
		{"He should take the critics head-on,", "Tom Varley", "Tom Varley"},
		{"Nobody in the capital has seen this valley,", "Tom Varley", "he"},
	})
}
