package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestUncountedGroupOf: without a count, a Dutch or German plural
// description tied to its employer by "van"/"von" is a group speaker as
// written when its noun and its speech verb are plural ("De medewerkers
// van Velmora Logistiek zeggen", "sagen die Mitarbeiterinnen von Korvath
// Maschinenbau", "zeggen de medewerkers van ..."), not the company after
// the preposition (rule uncountedGroupOf). Invented text.
func TestUncountedGroupOf(t *testing.T) {
	cases := []quoteBy{
		{"nl", "Onrust bij Velmora\n\nDe medewerkers van Velmora Logistiek zeggen dat \"het nieuwe rooster onwerkbaar is en niemand ons iets heeft gevraagd\".",
			spoken{"het nieuwe rooster onwerkbaar is en niemand ons iets heeft gevraagd", "De medewerkers van Velmora Logistiek", "De medewerkers van Velmora Logistiek"}},
		{"de", "Unruhe bei Korvath\n\nDie Beschäftigten von Korvath Maschinenbau sagen, \"der neue Schichtplan ist nicht zumutbar und keiner hat uns gefragt\".",
			spoken{"der neue Schichtplan ist nicht zumutbar und keiner hat uns gefragt", "Die Beschäftigten von Korvath Maschinenbau", "Die Beschäftigten von Korvath Maschinenbau"}},
		{"de", "Unruhe bei Korvath\n\n\"Der neue Schichtplan ist nicht zumutbar und keiner hat uns gefragt\", sagen die Mitarbeiterinnen von Korvath Maschinenbau.",
			spoken{"Der neue Schichtplan ist nicht zumutbar und keiner hat uns gefragt", "die Mitarbeiterinnen von Korvath Maschinenbau", "die Mitarbeiterinnen von Korvath Maschinenbau"}},
		{"nl", "Onrust bij Velmora\n\n\"Het nieuwe rooster is onwerkbaar en niemand heeft ons iets gevraagd,\" zeggen de medewerkers van Velmora Logistiek.",
			spoken{"Het nieuwe rooster is onwerkbaar en niemand heeft ons iets gevraagd,", "de medewerkers van Velmora Logistiek", "de medewerkers van Velmora Logistiek"}},
	}
	checkQuotesBy(t, cases)
	// The group flag is what tells this rule from rule roleOfName, which
	// reads the same phrases as one role's holder.
	for _, c := range cases {
		for _, q := range ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{}) {
			if q.Text == c.want.text && !q.SpeakerIsGroup {
				t.Errorf("%s: quote %q: speaker %q is no group", c.lang, q.Text, q.Speaker)
			}
		}
	}
}
