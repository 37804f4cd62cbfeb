package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestAgeAddress: a court report's age and address appositions after
// the defendant's name ("Name, 46, of Mill Lane, Town, admitted ...")
// are one apposition: the defendant speaks, not the town (rule
// ageAddress). Invented text.
func TestAgeAddress(t *testing.T) {
	cases := []struct{ name, subject string }{
		{"street and town", "Darren Pollick, 46, of Mill Lane, Orvale,"},
		{"house number", "Darren Pollick, 46, of 14 Mill Lane, Upper Orvale,"},
		{"town only", "Darren Pollick, 46, from Orvale,"},
	}
	for _, c := range cases {
		text := "Man fined after garden fire\n\n" + c.subject + " admitted causing criminal damage when he appeared at Tressford Magistrates Court on Tuesday."
		got := ExtractDoc(people.AnalyzeLang(text, "en"), Options{})
		if len(got) != 1 || got[0].Speaker != "Darren Pollick" || got[0].SpeakerMention != c.subject {
			t.Errorf("%s: got %+v, want Darren Pollick mentioned as %q", c.name, got, c.subject)
		}
	}
}
