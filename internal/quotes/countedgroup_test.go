package quotes

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestCountedGroupOf: a counted plural description tied to an employer
// by "van"/"von" ("De 300 medewerkers van Verholt Techniek zeggen",
// "Volgens de 300 medewerkers van ...", "Laut den 40 Beschäftigten von
// ...") is a group speaker as written, as English "The 300 workers at X
// said" is: not the company after the preposition (which package people
// may take for a person), nor "de 300" (rule countedGroupOf); after
// the verb too ("zeggen de 300 medewerkers van ..."), and before it with
// a German genitive ("Die 40 Mitarbeiter der Firma ..."). Invented text.
func TestCountedGroupOf(t *testing.T) {
	cases := []struct {
		name, lang, text, quote, speaker string
	}{
		{"nl lead", "nl", "Onrust bij Verholt\n\nDe 300 medewerkers van Verholt Techniek zeggen dat \"het nieuwe rooster onwerkbaar is en niemand ons iets heeft gevraagd\".", "het nieuwe rooster", "De 300 medewerkers van Verholt Techniek"},
		{"nl volgens", "nl", "Onrust bij Verholt\n\nHet bedrijf wil het rooster per maart invoeren.\n\nVolgens de 300 medewerkers van Verholt Techniek is het nieuwe rooster onwerkbaar voor iedereen met kinderen.", "het nieuwe rooster", "de 300 medewerkers van Verholt Techniek"},
		{"de lead", "de", "Unruhe bei Kranwerk\n\nDie 40 Beschäftigten von Kranwerk Hallendorf sagen, \"der neue Schichtplan ist nicht zumutbar und keiner hat uns gefragt\".", "der neue Schichtplan", "Die 40 Beschäftigten von Kranwerk Hallendorf"},
		{"de laut", "de", "Unruhe bei Kranwerk\n\nDas Unternehmen will den Plan im März einführen.\n\nLaut den 40 Mitarbeitern von Kranwerk Hallendorf ist der neue Schichtplan für Eltern nicht zumutbar.", "der neue Schichtplan", "den 40 Mitarbeitern von Kranwerk Hallendorf"},
		{"nl after verb", "nl", "Onrust bij Verholt\n\nHet bedrijf wil het rooster per maart invoeren.\n\n\"Het nieuwe rooster is onwerkbaar en niemand heeft ons iets gevraagd\", zeggen de 300 medewerkers van Verholt Techniek.", "Het nieuwe rooster", "de 300 medewerkers van Verholt Techniek"},
		{"de after verb", "de", "Unruhe bei Kranwerk\n\nDas Unternehmen will den Plan im März einführen.\n\n\"Der neue Schichtplan ist nicht zumutbar\", sagen die 40 Beschäftigten von Kranwerk Hallendorf.", "Der neue Schichtplan", "die 40 Beschäftigten von Kranwerk Hallendorf"},
		{"de genitive", "de", "Unruhe bei Kranwerk\n\nDas Unternehmen will den Plan im März einführen.\n\nDie 40 Mitarbeiter der Firma Kranwerk Hallendorf sagen, \"der neue Schichtplan ist nicht zumutbar\".", "der neue Schichtplan", "Die 40 Mitarbeiter der Firma Kranwerk Hallendorf"},
		{"en agrees", "", "Unrest at Grelling\n\nThe 300 workers at Grelling Industries said the new shift plan was \"a betrayal of everything we agreed on last spring\".", "a betrayal", "The 300 workers at Grelling Industries"},
	}
	for _, c := range cases {
		var d *people.Doc
		if c.lang == "" {
			d = people.Analyze(c.text)
		} else {
			d = people.AnalyzeLang(c.text, c.lang)
		}
		found := false
		for _, q := range ExtractDoc(d, Options{}) {
			if strings.Contains(q.Text, c.quote) {
				found = true
				if q.Speaker != c.speaker || !q.SpeakerIsGroup {
					t.Errorf("%s: speaker %q (group %v), want %q, a group", c.name, q.Speaker, q.SpeakerIsGroup, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote holding %q", c.name, c.quote)
		}
	}
}
