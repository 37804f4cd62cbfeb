package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestInterviewTurns: the answers of a printed interview, paragraphs
// opened by the speaker's name and a colon, are that person's quotes
// (rule interviewTurns); the interviewer's labels, which name no person,
// and a label opening a single paragraph give none. Invented text.
func TestInterviewTurns(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       map[string]string // quote -> mention
	}{
		{"fr", "«Nous devons investir dans le rail»\n\nLa présidente de la région, Sophie Marchetti, répond à nos questions.\n\n" +
			"Le Courrier : Pourquoi augmenter le budget des transports ?\n\n" +
			"Sophie Marchetti : Parce que nos lignes régionales sont à bout de souffle.\n\n" +
			"Le Courrier : Les contribuables paieront-ils ?\n\n" +
			"Sophie Marchetti : Non, nous ne toucherons pas aux impôts.",
			map[string]string{
				"Parce que nos lignes régionales sont à bout de souffle.": "Sophie Marchetti",
				"Non, nous ne toucherons pas aux impôts.":                 "Sophie Marchetti",
			}},
		{"de", "Die Landrätin im Gespräch\n\nDie Landrätin Petra Vogelsang spricht im Interview über den Haushalt.\n\n" +
			"Frage: Warum steigt der Etat für den Nahverkehr?\n\n" +
			"Vogelsang: Weil unsere Regionalstrecken am Limit sind.\n\n" +
			"Frage: Zahlen das die Bürger?\n\n" +
			"Vogelsang: Nein, die Steuern bleiben, wie sie sind.",
			map[string]string{
				"Weil unsere Regionalstrecken am Limit sind.": "Vogelsang",
				"Nein, die Steuern bleiben, wie sie sind.":    "Vogelsang",
			}},
		{"de", "Die Aufstellung\n\nTrainer Olaf Brenner stellte am Samstag seine Elf vor.\n\n" +
			"Brenner: Er setzt auf drei Stürmer und eine Viererkette.\n\n" +
			"Tor: Hielt alles, was zu halten war.",
			map[string]string{}},
	} {
		got := map[string]string{}
		for _, q := range ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{}) {
			got[q.Text] = q.SpeakerMention
		}
		for quote, mention := range c.want {
			if m, ok := got[quote]; !ok || m != mention {
				t.Errorf("%s: quote %q: mention %q (found %v), want %q", c.lang, quote, m, ok, mention)
			}
		}
		for quote, mention := range got {
			if _, ok := c.want[quote]; !ok && mention != "" {
				t.Errorf("%s: unwanted quote %q, mention %q", c.lang, quote, mention)
			}
		}
	}
}
