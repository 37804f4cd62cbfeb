package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestOpinionVerbs: Dutch "vinden" and German "finden" report what a
// person said before "dat"/"dass" (rule opinionThat) and after a
// quotation and its comma (rule opinionTail); elsewhere they are no
// speech verb. Invented text.
func TestOpinionVerbs(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"nl", "Ruzie over windpark\n\nWethouder Anna Veltkamp vindt dat de molens te dicht bij de dorpen komen te staan.",
			spoken{"de molens te dicht bij de dorpen komen te staan", "Anna Veltkamp", "Wethouder Anna Veltkamp"}},
		{"de", "Streit um Umgehung\n\nBürgermeisterin Katrin Velmann findet, dass die neue Straße viel zu teuer ist.",
			spoken{"die neue Straße viel zu teuer ist", "Katrin Velmann", "Bürgermeisterin Katrin Velmann"}},
		{"nl", "Ruzie over windpark\n\nWethouder Anna Veltkamp is boos. \"Dit is onacceptabel voor de bewoners\", vindt Veltkamp.",
			spoken{"Dit is onacceptabel voor de bewoners", "Anna Veltkamp", "Veltkamp"}},
		{"de", "Streit um Umgehung\n\nBürgermeisterin Katrin Velmann ist verärgert. „Das können wir uns nicht leisten“, findet Velmann.",
			spoken{"Das können wir uns nicht leisten", "Katrin Velmann", "Velmann"}},
	})
	for _, c := range []struct{ lang, text string }{
		{"nl", "Ruzie over windpark\n\nDe provincie vindt het plan juist goed. De politie vond bij de doorzoeking drie wapens."},
		{"de", "Sommerfest in Velmstadt\n\n„Villa Velm“ findet am Montag statt. Die Polizei fand bei der Durchsuchung mehrere Waffen."},
	} {
		if got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{}); len(got) != 0 {
			t.Errorf("%s %q: quotes %+v, want none", c.lang, c.text, got)
		}
	}
}
