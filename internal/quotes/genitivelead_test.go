package quotes

import "testing"

// TestGenitiveLeadSpeaker pins rule genitiveLead (package people) in
// phraseAfter: after the verb, what a Latvian, Lithuanian or Estonian
// role is of stands before it, capitalised or not; the speaker phrase
// stopped at it, and the quote was given to the speaker of the quote
// before. Texts and names invented.
func TestGenitiveLeadSpeaker(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"lt", "Naujas tiltas\n\n„Tai svarbu“, – sakė ministrė Rūta Velmienė.\n\n„Tai labai gerai“, – sakė miesto tarybos narys Tomas Velmaitis.",
			spoken{"Tai labai gerai", "Tomas Velmaitis", "miesto tarybos narys Tomas Velmaitis"}},
		{"lv", "Jauns tilts\n\n„Tas ir labi,” sacīja ministre Ilze Velmkalne.\n\n„Tas ir slikti,” sacīja Satiksmes ministrijas valsts sekretārs Jānis Velmkalns.",
			spoken{"Tas ir slikti,", "Jānis Velmkalns", "Satiksmes ministrijas valsts sekretārs Jānis Velmkalns"}},
		{"et", "Uus sild\n\n„See on hea,“ ütles minister Kadri Velmets.\n\n„See on halb,“ lisas haigla juht Marko Velmsoo.",
			spoken{"See on halb,", "Marko Velmsoo", "haigla juht Marko Velmsoo"}},
	})
}
