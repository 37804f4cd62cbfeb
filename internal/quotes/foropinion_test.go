package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestForOpinion: a sentence opening with "for" and a person before a
// comma ("Para Carmen Ruiz, ...", "Pour la ministre Claire Dumas, ...",
// "Para o presidente do clube, Osvaldo Prates, ...") is that person's
// view (rule forOpinion); "Para ello," and "Pour 2027," name no one and
// give no quote. Invented text.
func TestForOpinion(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       map[string]string // quote -> speaker
	}{
		{"es", "Reforma\n\nMadrid. La ministra Carmen Ruiz presentó el martes la reforma laboral.\n\n" +
			"Para Carmen Ruiz, la reforma es justa y necesaria.\n\n" +
			"Para ello, el Gobierno aprobará un decreto en marzo.",
			map[string]string{"la reforma es justa y necesaria": "Carmen Ruiz"}},
		{"fr", "Réforme\n\nParis. La ministre Claire Dumas a présenté mardi la réforme.\n\n" +
			"Pour la ministre Claire Dumas, la réforme est juste.\n\n" +
			"Pour 2027, le gouvernement prévoit un déficit moindre.",
			map[string]string{"la réforme est juste": "Claire Dumas"}},
		{"pt", "Vila Nova vence o clássico\n\nGoiânia. O Vila Nova venceu o clássico neste domingo, com Osvaldo Prates na tribuna.\n\n" +
			"Para o presidente do clube, Osvaldo Prates, a torcida fez a diferença.",
			map[string]string{"a torcida fez a diferença": "Osvaldo Prates"}},
	} {
		got := map[string]string{}
		for _, q := range ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{}) {
			got[q.Text] = q.Speaker
		}
		for quote, speaker := range c.want {
			if sp, ok := got[quote]; !ok || sp != speaker {
				t.Errorf("%s: quote %q: speaker %q (found %v), want %q", c.lang, quote, sp, ok, speaker)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: quotes %q, want %d", c.lang, got, len(c.want))
		}
	}
}
