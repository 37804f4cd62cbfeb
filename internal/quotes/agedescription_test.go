package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestAgeDescription: a speaker described by their age alone ("sagte der
// 28-Jährige", "zei de 28-jarige", "ha detto il 28enne") is the person
// named just before (rule ageDescription), as "the 31-year-old" is in
// English. Invented text.
func TestAgeDescription(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker string
	}{
		{"de", "Trainer tritt zurück\n\nKapitän Felix Wendtner zeigte sich überrascht. „Das kam für uns alle unerwartet“, sagte der 28-Jährige.", "Das kam für uns alle unerwartet", "Felix Wendtner"},
		{"nl", "Trainer stapt op\n\nDe aanvoerder, Pieter Wendel, was verrast. \"Dit hadden we niet verwacht\", zei de 28-jarige.", "Dit hadden we niet verwacht", "Pieter Wendel"},
		{"it", "L'allenatore si dimette\n\nIl capitano Marco Vendrame era sorpreso. \"Non ce lo aspettavamo\", ha detto il 28enne.", "Non ce lo aspettavamo", "Marco Vendrame"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		found := false
		for _, q := range got {
			if q.Text == c.quote {
				found = true
				if q.Speaker != c.speaker {
					t.Errorf("%s: speaker %q, want %q", c.lang, q.Speaker, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote %q in %+v", c.lang, c.quote, got)
		}
	}
}
