package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestSpokeOfVerbs: a partial quotation after "spoke of" ("habló de
// «...»", "a évoqué « ... »", "ha parlato di «...»", "falou de «...»",
// "sprak van ..."), as sports copy quotes a player's words, is the
// subject's; the lexicon's speech lists lacked those verbs and the quote
// had no speaker. Invented text.
func TestSpokeOfVerbs(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker string
	}{
		{"es", "Valdemora gana el derbi\n\nEl equipo venció 2-1 el sábado.\n\nEl goleador Jorge Villena habló de \"una noche especial\" para la ciudad.", "una noche especial", "Jorge Villena"},
		{"fr", "Kervel remporte le derby\n\nL'équipe a gagné 2-1 samedi.\n\nLe buteur Pierre Le Bris a évoqué « une soirée spéciale » pour la ville.", "une soirée spéciale", "Pierre Le Bris"},
		{"it", "Il Valmora vince il derby\n\nLa squadra ha vinto 2-1 sabato.\n\nIl marcatore Matteo Olivan ha parlato di \"una serata speciale\" per la città.", "una serata speciale", "Matteo Olivan"},
		{"nl", "Kelmar wint derby\n\nDe ploeg won zaterdag met 2-1.\n\nDe spits Jan de Vries sprak van \"een bijzondere avond\" voor de stad.", "een bijzondere avond", "Jan de Vries"},
		{"pt", "Valmora vence o dérbi\n\nA equipa venceu por 2-1 no sábado.\n\nO marcador Rui Oliveira falou de \"uma noite especial\" para a cidade.", "uma noite especial", "Rui Oliveira"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].Text != c.quote || got[0].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want %q by %q", c.lang, got, c.quote, c.speaker)
		}
	}
}
