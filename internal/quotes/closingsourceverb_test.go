package quotes

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestClosingSourceVerb: a closing "according to" form with a verb and a
// time after it ("..., según anunció el lunes su director, X.") has the
// speaker phrase for its mention, without the verb or the time (rules
// closingSourceVerb and the possessive determiners of afterTimeLead).
// Invented text.
func TestClosingSourceVerb(t *testing.T) {
	cases := []struct {
		lang, text, mention, speaker string
	}{
		// Rule closingDateline: the dateline is no part of the clause.
		{"es", "El puerto de Valdemar\n\nVALDEMAR (Wire) - El puerto cerrará su terminal norte en junio, según anunció el lunes su director, Andrés Molvar.", "su director, Andrés Molvar", "Andrés Molvar"},
		{"es", "El puerto de Valdemar\n\nEl puerto cerrará su terminal norte en junio, según anunció el lunes su director, Andrés Molvar.", "su director, Andrés Molvar", "Andrés Molvar"},
		{"es", "El puerto de Valdemar\n\nLa terminal cerrará en junio, según explicó la alcaldesa María Ruzafa.", "la alcaldesa María Ruzafa", "María Ruzafa"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].SpeakerMention != c.mention || got[0].Speaker != c.speaker || !strings.HasPrefix(got[0].Text, "El puerto") && !strings.HasPrefix(got[0].Text, "La terminal") {
			t.Errorf("%q: got %+v, want mention %q, speaker %q", c.text, got, c.mention, c.speaker)
		}
	}
}
