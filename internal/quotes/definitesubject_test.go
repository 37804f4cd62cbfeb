package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestDefiniteSubject: a definite article and a lower-case noun before a
// listed speech verb ("De gemeente maakte dinsdag bekend dat") is a body
// speaking, kept as the mention of an unknown speaker (rule
// definiteSubject); the clause was dropped for want of a person. Invented
// text.
func TestDefiniteSubject(t *testing.T) {
	for _, c := range []struct {
		lang, text, quote, mention string
	}{
		{"nl", "Veldhoven. De opening van de nieuwe brug over de Kromme Aa wordt uitgesteld.\n\nDe gemeente maakte dinsdag bekend dat de brug pas in het voorjaar open kan.",
			"de brug pas in het voorjaar open kan", "De gemeente"},
		{"nl", "Veldhoven. De opening van de nieuwe brug over de Kromme Aa wordt uitgesteld.\n\nDe politie liet woensdag weten dat de weg tot vrijdag dicht blijft.",
			"de weg tot vrijdag dicht blijft", "De politie"},
	} {
		doc := people.AnalyzeLang(c.text, c.lang)
		found := false
		for _, q := range ExtractDoc(doc, Options{}) {
			if q.Text == c.quote {
				found = true
				if q.Speaker != "" || q.SpeakerMention != c.mention {
					t.Errorf("%s: quote %q: speaker %q, mention %q; want none, %q", c.lang, c.quote, q.Speaker, q.SpeakerMention, c.mention)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote %q", c.lang, c.quote)
		}
	}
}
