package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestAuxiliaryTail: a German or Dutch attribution in the perfect after
// a quote ("hatte Derlinger zum Prozessauftakt erklärt") has the speaker
// between the auxiliary and the participle, without either or the time
// (rule auxiliaryTail); the mention took them in, or the quote went to
// the man quoted before. Invented text.
func TestAuxiliaryTail(t *testing.T) {
	for _, c := range []struct {
		lang, text, quote, speaker, mention string
	}{
		{"de", "Hohenau. Der Prozess gegen den Bauunternehmer Klaus Derlinger geht weiter.\n\n„Ich habe niemanden betrügen wollen“, hatte Derlinger zum Prozessauftakt erklärt.\n\n„Wir kooperieren voll“, hatte sein Anwalt Jan Petersen im März gesagt.",
			"Wir kooperieren voll", "Jan Petersen", "sein Anwalt Jan Petersen"},
		{"de", "Hohenau. Der Prozess gegen den Bauunternehmer Klaus Derlinger geht weiter.\n\n„Ich habe niemanden betrügen wollen“, hatte Derlinger zum Prozessauftakt erklärt.",
			"Ich habe niemanden betrügen wollen", "Klaus Derlinger", "Derlinger"},
		{"nl", "Oosterdam. De rechtszaak tegen aannemer Kees Bruinsma gaat door.\n\n\"Ik heb niemand willen bedriegen\", had Bruinsma bij de start van het proces gezegd.",
			"Ik heb niemand willen bedriegen", "Kees Bruinsma", "Bruinsma"},
	} {
		doc := people.AnalyzeLang(c.text, c.lang)
		found := false
		for _, q := range ExtractDoc(doc, Options{}) {
			if q.Text == c.quote {
				found = true
				if q.Speaker != c.speaker || q.SpeakerMention != c.mention {
					t.Errorf("%s: quote %q: speaker %q, mention %q; want %q, %q", c.lang, c.quote, q.Speaker, q.SpeakerMention, c.speaker, c.mention)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote %q", c.lang, c.quote)
		}
	}
}
