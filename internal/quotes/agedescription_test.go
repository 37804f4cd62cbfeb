package quotes

import "testing"

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
		checkSpeakerOf(t, c.lang, c.text, c.quote, c.speaker)
	}
}
