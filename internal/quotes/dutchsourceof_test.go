package quotes

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestDutchSourceOf: after "volgens", a description with its "van"
// phrase ("de medewerkers van Verholt Techniek") is the whole source:
// the reported clause does not open with "van ...", and the name after
// "van" (which package people may take for a person) is not the
// speaker; the description as written is, a group when plural (rule
// dutchSourceOf). Invented text.
func TestDutchSourceOf(t *testing.T) {
	lead := "Onrust bij Verholt\n\nHet bedrijf wil het rooster per maart invoeren.\n\n"
	cases := []struct {
		name, text, speaker string
		group               bool
	}{
		{"plural", lead + "Volgens de medewerkers van Verholt Techniek is het nieuwe rooster onwerkbaar voor iedereen met kinderen.", "de medewerkers van Verholt Techniek", true},
		{"singular", lead + "Volgens de woordvoerder van Verholt Techniek is het nieuwe rooster goed voor iedereen met kinderen.", "de woordvoerder van Verholt Techniek", false},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, "nl"), Options{})
		if len(got) != 1 {
			t.Errorf("%s: %d quotes, want 1: %+v", c.name, len(got), got)
			continue
		}
		q := got[0]
		if strings.HasPrefix(q.Text, "van ") || strings.Contains(q.Text, "Verholt") {
			t.Errorf("%s: reported clause %q holds the source", c.name, q.Text)
		}
		if q.Speaker != c.speaker || q.SpeakerIsGroup != c.group {
			t.Errorf("%s: speaker %q (group %v), want %q (group %v)", c.name, q.Speaker, q.SpeakerIsGroup, c.speaker, c.group)
		}
	}
}
