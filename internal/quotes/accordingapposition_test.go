package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestAccordingApposition: a description after a sentence-opening
// "according to" with the person's name in apposition ("Secondo
// l'assessore alla mobilità, Davide Rinaldi, il Comune ...") is the
// source; the name was the first words of the reported clause (rule
// accordingApposition). A name opening the clause stays in it. Invented
// text.
func TestAccordingApposition(t *testing.T) {
	for _, c := range []struct {
		lang, text, quote, speaker string
	}{
		{"it", "Valmora. Lo sciopero dei trasporti ha paralizzato la città lunedì, con Davide Rinaldi al lavoro tutto il giorno.\n\nSecondo l'assessore alla mobilità, Davide Rinaldi, il Comune è pronto a mediare.",
			"il Comune è pronto a mediare", "Davide Rinaldi"},
		{"es", "Ribera. El Atlético Ribera ascendió el domingo a Primera, y Ernesto Villalba lo celebró en el palco.\n\nSegún el presidente del club, Ernesto Villalba, la afición ha sido clave.",
			"la afición ha sido clave", "Ernesto Villalba"},
		{"es", "Ribera. El Atlético Ribera ascendió el domingo a Primera con Pedro Arnal en el banquillo.\n\nSegún el club, Pedro Arnal seguirá como entrenador otra temporada.",
			"Pedro Arnal seguirá como entrenador otra temporada", ""},
	} {
		doc := people.AnalyzeLang(c.text, c.lang)
		found := false
		for _, q := range ExtractDoc(doc, Options{}) {
			if q.Text == c.quote {
				found = true
				if c.speaker != "" && q.Speaker != c.speaker {
					t.Errorf("%s: quote %q: speaker %q (mention %q), want %q", c.lang, c.quote, q.Speaker, q.SpeakerMention, c.speaker)
				}
			}
		}
		if !found {
			var got []string
			for _, q := range ExtractDoc(doc, Options{}) {
				got = append(got, q.Text)
			}
			t.Errorf("%s: no quote %q (quotes %q)", c.lang, c.quote, got)
		}
	}
}
