package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestSingularSie: German "sagte sie" and Dutch "zei ze" (she, the verb
// singular) are no man's words (rule singularSie); the plural ("sagten
// sie") and a woman named last are read as before. Invented text.
func TestSingularSie(t *testing.T) {
	cases := []struct{ name, lang, text, speaker string }{
		{"herr", "de", "Gemeinderat\n\nDer Rat hat am Montag die Schließung des Bades beschlossen. Herr Kerlan stellte das Projekt in der Sitzung vor.\n\n„Das ist eine notwendige Entscheidung“, sagte sie.", ""},
		{"heer", "nl", "Gemeenteraad\n\nDe raad besloot maandag het zwembad te sluiten. De heer Kerlan presenteerde het plan tijdens de vergadering.\n\n\"Het is een noodzakelijke beslissing\", zei ze.", ""},
		{"woman", "de", "Gemeinderat\n\nDer Rat hat am Montag die Schließung des Bades beschlossen. Bürgermeisterin Anna Kerlan stellte das Projekt in der Sitzung vor.\n\n„Das ist eine notwendige Entscheidung“, sagte sie.", "Anna Kerlan"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
