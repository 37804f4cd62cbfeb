package quotes

import "testing"

// TestTailReported: a sentence of reported speech with no marks, closed
// by its attribution after a comma, is a quote of its speaker, read from
// after a wire dateline (rule tailReported); the writer's "we" reports
// nothing, and "so dass" after the comma is no attribution.
// Invented sentences.
func TestTailReported(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []spoken
	}{
		{"German, a pronoun after a named speaker", "de",
			"Fährverkehr\n\n„Wir fahren wieder ab Montag“, sagte Reederin Greta Holm. Die Preise blieben vorerst gleich, sagte sie.",
			[]spoken{{"Wir fahren wieder ab Montag", "Greta Holm", "Reederin Greta Holm"}, {"Die Preise blieben vorerst gleich", "Greta Holm", "sie"}}},
		{"German, a dateline and an unnamed speaker", "de",
			"Fährverkehr\n\nKIEL (Wirepress) - Die Fähren nach Oslo fahren ab Mai wieder täglich, sagte ein Sprecher der Reederei.",
			// Rule roleOfGenitive: the spokesman as written is the speaker.
			[]spoken{{"Die Fähren nach Oslo fahren ab Mai wieder täglich", "ein Sprecher der Reederei", "ein Sprecher der Reederei"}}},
		{"Spanish, a named speaker", "es",
			"Puerto\n\nLos barcos volverán a salir el lunes, dijo Marta Ibarra, directora del puerto.",
			[]spoken{{"Los barcos volverán a salir el lunes", "Marta Ibarra", "Marta Ibarra"}}},
		{"the writer's we", "de",
			"Wärme\n\nWie eine Pumpe arbeitet, erklären wir im Beitrag unten.",
			nil},
		{"a conjunction after the comma", "de",
			"Hafen\n\nDie Häfen arbeiten nur lose zusammen, so dass es zu Staus kommt.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpokenLang(t, c.text, c.lang, c.want) })
	}
}
