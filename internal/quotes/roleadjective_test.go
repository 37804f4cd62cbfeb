package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestRoleAdjective: a role noun, an adjective and the holder's name
// after the speech verb ("sottolinea l'assessore regionale Marco Ruini")
// is one speaker phrase naming that person (rule roleAdjective).
// Invented text.
func TestRoleAdjective(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker, mention string
	}{
		{"it", "Valmora Energia apre una fabbrica\n\nLo stabilimento darà lavoro a 240 persone.\n\n\"La Regione accompagna il progetto dal primo giorno\", sottolinea l'assessore regionale Marco Ruini.", "La Regione accompagna il progetto dal primo giorno", "Marco Ruini", "l'assessore regionale Marco Ruini"},
		{"es", "Valdemora abre una fábrica\n\nLa planta dará empleo a 240 personas.\n\n\"La región acompaña el proyecto desde el primer día\", dijo el consejero autonómico Jorge Villena.", "La región acompaña el proyecto desde el primer día", "Jorge Villena", "el consejero autonómico Jorge Villena"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].Text != c.quote || got[0].Speaker != c.speaker || got[0].SpeakerMention != c.mention {
			t.Errorf("%s: got %+v, want %q mentioned as %q", c.lang, got, c.speaker, c.mention)
		}
	}
}
