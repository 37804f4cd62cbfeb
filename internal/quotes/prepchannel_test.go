package quotes

import "testing"

// TestPrepositionalChannel: a participle after the object of "in" or
// "with" opening the sentence ("In a letter read to the court, ...") is
// no finite verb; the sentence's own verb names the speaker (rule
// prepositionalChannel).
// Invented sentences.
func TestPrepositionalChannel(t *testing.T) {
	const lead = "Ferry verdict\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a statement read out",
			"In a statement read outside the court, the skipper's brother, Hal Orme, said: \"We only wanted the truth.\"",
			[]spoken{{"We only wanted the truth.", "Hal Orme", "the skipper's brother, Hal Orme,"}}},
		{"a crowd in which someone shouted",
			"When a man in the crowd shouted, \"Shame,\" the mayor, Ida Brun, replied, \"We hear you, and we will act.\"",
			[]spoken{{"We hear you, and we will act.", "Ida Brun", "the mayor, Ida Brun,"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
