package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestGermanGenitiveRole: a German role noun in the singular genitive
// after "des"/"eines" ("Sprechers", "Arztes"), after "nach Angaben
// des" or "laut des", is a role as its
// nominative is, the source one person as written (rule
// germanGenitiveRole): it was a group. Invented text.
func TestGermanGenitiveRole(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"nach Angaben des, tied", "Neue Brücke in Orlingen\n\nNach Angaben des Sprechers der Gemeinde kostete die Brücke neun Millionen Euro.",
			"kostete die Brücke neun Millionen Euro", "Sprechers der Gemeinde"},
		{"nach Angaben des, bare", "Neue Brücke in Orlingen\n\nNach Angaben des Sprechers kostete die Brücke neun Millionen Euro.",
			"kostete die Brücke neun Millionen Euro", "Sprechers"},
		{"laut des, bare", "Neue Brücke in Orlingen\n\nLaut des Sprechers kostete die Brücke neun Millionen Euro.",
			"kostete die Brücke neun Millionen Euro", "Sprechers"},
		{"laut des, tied", "Neue Brücke in Orlingen\n\nLaut des Sprechers der Gemeinde kostete die Brücke neun Millionen Euro.",
			"kostete die Brücke neun Millionen Euro", "Sprechers der Gemeinde"},
	}
	for _, c := range cases {
		found := false
		for _, q := range ExtractDoc(people.AnalyzeLang(c.text, "de"), Options{}) {
			if q.Text != c.quote {
				continue
			}
			found = true
			if q.Speaker != c.speaker || q.SpeakerIsGroup {
				t.Errorf("%s: speaker %q (group %v), want %q, one person", c.name, q.Speaker, q.SpeakerIsGroup, c.speaker)
			}
		}
		if !found {
			t.Errorf("%s: no quote %q", c.name, c.quote)
		}
	}
}
