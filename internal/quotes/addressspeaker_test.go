package quotes

import "testing"

// TestAddressSpeaker: a page's own copy addressing its reader ("Please
// note that ...", "let's just say ...") or speaking as a fused "we've"
// reports no one's words (rule addressSpeaker): the reported clause goes,
// a quotation keeps its words without a speaker, and a named speaker's
// report stays. Invented text.
func TestAddressSpeaker(t *testing.T) {
	for _, c := range []struct {
		text string
		want []spoken
	}{
		{"Ferry tickets\n\nPlease be aware that the ticket office at Orvania pier closes at noon on Sundays.", nil},
		{"Our picks\n\nWe’ve found that most of the rain jackets we tested leak at the seams after a week.", nil},
		{"The bakery\n\nThe rye loaf is good, but let’s just say the “harbour special” is why we came back.", []spoken{{"the “harbour special” is why we came back", "", ""}}},
		{"The pier\n\nAda Quell said that the ticket office at Orvania pier closes at noon on Sundays.", []spoken{{"that the ticket office at Orvania pier closes at noon on Sundays", "Ada Quell", "Ada Quell"}}},
	} {
		checkSpoken(t, c.text, c.want)
	}
}
