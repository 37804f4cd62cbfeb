package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestTimeBeforeThat: a day between the speech verb and its reported
// clause ("dijo el martes que", "a déclaré mardi que", "sagte am Montag,
// der ... werde", "zei dinsdag dat") no longer hides the clause (rule
// timeBeforeThat). Invented text.
func TestTimeBeforeThat(t *testing.T) {
	for _, c := range []struct {
		lang, text, quote, speaker string
	}{
		{"es", "Gobierno\n\nMadrid. La ministra Carmen Ruiz dijo el martes que el salario mínimo subirá.", "el salario mínimo subirá", "Carmen Ruiz"},
		{"es", "Gobierno\n\nMadrid. La ministra Carmen Ruiz aseguró hoy que el salario mínimo subirá.", "el salario mínimo subirá", "Carmen Ruiz"},
		{"fr", "Gouvernement\n\nParis. La ministre Claire Dumas a déclaré mardi soir que le salaire minimum augmentera.", "le salaire minimum augmentera", "Claire Dumas"},
		{"de", "Regierung\n\nBerlin. Ministerin Karin Degen sagte am Montag, der Mindestlohn werde steigen.", "der Mindestlohn werde steigen", "Karin Degen"},
		{"nl", "Kabinet\n\nDen Haag. Minister Karin Dekkers zei dinsdag dat werken moet lonen.", "werken moet lonen", "Karin Dekkers"},
	} {
		found := false
		for _, q := range ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{}) {
			if q.Text == c.quote {
				found = true
				if q.Speaker != c.speaker {
					t.Errorf("%s %q: speaker %q, want %q", c.lang, c.quote, q.Speaker, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote %q", c.lang, c.quote)
		}
	}
}
