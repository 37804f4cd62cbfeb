package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestColonSubject: a clause with no speech verb ending in a colon
// before the quotation introduces its subject's words (rule
// colonSubject), as in English; a name and colon alone, or a capital
// after the name, do not. Invented text.
func TestColonSubject(t *testing.T) {
	head := "El Valdemora cae ante el líder\n\nEl Valdemora perdió 0-2 ante el Atlético Serrano el sábado.\n\n"
	cases := []struct{ name, sentence, speaker string }{
		{"apposition", "El capitán, Dani Roldán, pidió calma a la afición: «Quedan muchos partidos por jugar».", "Dani Roldán"},
		{"name", "Marta Ibarra se mostró satisfecha: «El equipo ha sido muy serio».", "Marta Ibarra"},
		{"other name", "Dani Roldán felicitó a Marta Ibarra: «El equipo ha sido muy serio».", ""},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(head+c.sentence, "es"), Options{})
		if len(got) != 1 || got[0].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
