package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestRoleForEmployer: an English role noun tied to whom it serves by
// "for" after "a"/"an" is one person the text does not name, the speaker
// as written and no group (rule roleForEmployer of package people), as
// German and Dutch read "ein Sprecher der Stadt" (rule roleOfGenitive).
// The city, the council or a firm closing the phrase made it a group.
// A capitalised role noun ("Centre") inside a name is no such head.
// Invented text.
func TestRoleForEmployer(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
		group                      bool
	}{
		{"city, tail", "Ferry pier closed\n\n\"The pier will reopen once the divers have checked every pile,\" a spokesman for the city said.",
			"The pier will reopen once the divers have checked every pile,", "a spokesman for the city", false},
		{"council, colon", "Ferry pier closed\n\nA spokesperson for the council said: \"Repairs to the pier are fully funded this year.\"",
			"Repairs to the pier are fully funded this year.", "A spokesperson for the council", false},
		{"firm, indirect", "Ferry pier closed\n\nA spokeswoman for Orvanne Shipping Ltd. said the company would add a second boat on weekdays.",
			"the company would add a second boat on weekdays", "A spokeswoman for Orvanne Shipping Ltd.", false},
		{"capitalised role noun inside a name", "Ferry pier closed\n\nFerry traffic fell by a third over the winter, according to figures from the Orvanne Centre for Coastal Studies.",
			"Ferry traffic fell by a third over the winter", "figures from the Orvanne Centre for Coastal Studies", true},
	}
	for _, c := range cases {
		found := false
		for _, q := range ExtractDoc(people.Analyze(c.text), Options{}) {
			if q.Text != c.quote {
				continue
			}
			found = true
			if q.Speaker != c.speaker || q.SpeakerIsGroup != c.group {
				t.Errorf("%s: speaker %q (group %v), want %q (group %v)", c.name, q.Speaker, q.SpeakerIsGroup, c.speaker, c.group)
			}
		}
		if !found {
			t.Errorf("%s: no quote %q", c.name, c.quote)
		}
	}
}
