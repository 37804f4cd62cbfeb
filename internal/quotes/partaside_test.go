package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestPartAside: "for one's part" between the speech verb and the
// speaker ("souligne pour sa part Pierre Le Gall") is passed over, and the
// quote is that speaker's, not the one quoted before (rule partAside).
// Invented text.
func TestPartAside(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker string
	}{
		{"fr", "Kervel Énergie ouvre une usine\n\n« Cette usine marque une étape décisive », déclare Sophie Karadec, présidente du groupe.\n\n« La région accompagne ce projet depuis le premier jour », souligne pour sa part Pierre Le Gall.", "La région accompagne ce projet depuis le premier jour", "Pierre Le Gall"},
		{"es", "Valdemora abre una fábrica\n\n\"Esta fábrica marca una etapa decisiva\", declaró Lucía Garrido, presidenta del grupo.\n\n\"La región acompaña el proyecto desde el primer día\", afirmó por su parte Jorge Villena.", "La región acompaña el proyecto desde el primer día", "Jorge Villena"},
		{"de", "Kellmar Energie eröffnet Werk\n\n„Das Werk ist ein entscheidender Schritt“, sagte Sabine Korff, Vorstandsvorsitzende des Unternehmens.\n\n„Das Land begleitet das Projekt seit dem ersten Tag“, betonte seinerseits Jan Oberfeld.", "Das Land begleitet das Projekt seit dem ersten Tag", "Jan Oberfeld"},
	}
	for _, c := range cases {
		checkSpeakerOf(t, c.lang, c.text, c.quote, c.speaker)
	}
}

// TestAlsoAside: "also" between the speech verb and the speaker ("sagte
// auch Jan Oberfeld", "dijo también Jorge Villena") is no part of the
// speaker mention (rule partAside). Invented text.
func TestAlsoAside(t *testing.T) {
	cases := []struct {
		lang, text, mention string
	}{
		{"de", "Derby gewonnen\n\nDer Verein hat das Derby mit 2:1 gewonnen.\n\n„Ein Derby ist immer etwas Besonderes“, sagte auch Jan Oberfeld.", "Jan Oberfeld"},
		{"es", "Derbi ganado\n\nEl equipo ganó el derbi 2-1.\n\n\"El derbi siempre es distinto\", dijo también Jorge Villena.", "Jorge Villena"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].SpeakerMention != c.mention || got[0].Speaker != c.mention {
			t.Errorf("%s: got %+v, want %q mentioned so", c.lang, got, c.mention)
		}
	}
}
