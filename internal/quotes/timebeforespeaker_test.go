package quotes

import "testing"

// TestTimeBeforeSpeaker: a day written between the speech verb and its
// speaker is no part of the speaker phrase (rule timeBeforeSpeaker).
// Invented sentences.
func TestTimeBeforeSpeaker(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []spoken
	}{
		{"French weekday and time of day", "fr",
			"Port fermé\n\n« Le quai reste fermé », a affirmé mardi soir la maire de Brest-Ouest, Anne Quéré.",
			[]spoken{{"Le quai reste fermé", "Anne Quéré", "la maire de Brest-Ouest, Anne Quéré"}}},
		{"Spanish article and weekday", "es",
			"Puerto\n\n«El muelle sigue cerrado», dijo el martes el alcalde, Pablo Ruano.",
			[]spoken{{"El muelle sigue cerrado", "Pablo Ruano", "el alcalde, Pablo Ruano"}}},
		{"German preposition and weekday", "de",
			"Hafen\n\n„Der Kai bleibt gesperrt“, sagte am Montag Hafenchefin Jana Kolb.",
			[]spoken{{"Der Kai bleibt gesperrt", "Jana Kolb", "Hafenchefin Jana Kolb"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpokenLang(t, c.text, c.lang, c.want) })
	}
}
