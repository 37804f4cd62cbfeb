package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestDescribedName: a speaker after the verb written as a determiner, a
// noun no lexicon lists as a role and the name right after it ("añadió
// el capitán Jorge Oliva") is that person, mentioned whole (rule
// describedName); a role and its office ("la encargada de Cultura") is no
// name. Invented text.
func TestDescribedName(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker, mention string
	}{
		{"es", "Valdemora gana el derbi\n\nEl equipo venció 2-1 el sábado en el estadio municipal.\n\n\"El derbi siempre es distinto\", añadió el capitán Jorge Oliva.", "El derbi siempre es distinto", "Jorge Oliva", "el capitán Jorge Oliva"},
		{"fr", "Kervel remporte le derby\n\nL'équipe a gagné 2-1 samedi au stade municipal.\n\n« Le derby est toujours à part », a ajouté le capitaine Pierre Le Bris.", "Le derby est toujours à part", "Pierre Le Bris", "le capitaine Pierre Le Bris"},
		{"it", "Il Valmora vince il derby\n\nLa squadra ha vinto 2-1 sabato allo stadio comunale.\n\n\"Il derby è sempre diverso\", ha aggiunto il capitano Matteo Olivan.", "Il derby è sempre diverso", "Matteo Olivan", "il capitano Matteo Olivan"},
		{"es", "Nuevo plan de teatros\n\nEl Ayuntamiento presentó el martes su plan de teatros.\n\n\"Faltan salas de ensayo en los barrios\", sostuvo la encargada de Cultura.", "Faltan salas de ensayo en los barrios", "", ""},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].Text != c.quote || got[0].Speaker != c.speaker || got[0].SpeakerMention != c.mention {
			t.Errorf("%s: got %+v, want speaker %q mentioned as %q", c.lang, got, c.speaker, c.mention)
		}
	}
}
