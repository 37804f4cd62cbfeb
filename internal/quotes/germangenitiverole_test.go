package quotes

import "testing"

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
		checkPersonOf(t, c.name, "de", c.text, c.quote, c.speaker)
	}
}
