package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestLaterOfficial: a he after a quote, when the sentence before opens
// with an unnamed official (after an opening "Interrogé sur ...,") named
// after the last person, is the official's: no speaker, not the mayor
// named paragraphs before (rule laterOfficial). Named after the
// official, the mayor keeps it. Invented text.
func TestLaterOfficial(t *testing.T) {
	head := "Conseil municipal : la piscine fermera un an\n\n« C'est une décision difficile », a expliqué le maire, Bernard Quillec, en ouverture de séance.\n\n"
	cases := []struct{ name, text, speaker string }{
		{"asked lead", head + "Interrogé sur le coût, l'adjoint aux finances a répondu que l'enveloppe était tenue.\n\n« Nous avons prévu 2,4 millions d'euros », a-t-il précisé.", ""},
		{"subject", head + "L'adjoint aux finances a répondu que l'enveloppe était tenue.\n\n« Nous avons prévu 2,4 millions d'euros », a-t-il précisé.", ""},
		{"named after", head + "L'adjoint aux finances a répondu que l'enveloppe était tenue. Bernard Quillec a ensuite pris la parole.\n\n« Nous avons prévu 2,4 millions d'euros », a-t-il précisé.", "Bernard Quillec"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, "fr"), Options{})
		last := got[len(got)-1]
		if last.Text != "Nous avons prévu 2,4 millions d'euros" || last.Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
