package quotes

import "testing"

// TestCoordSubject: a speech verb after "and" takes the subject opening
// the sentence (rule coordSubject).
// Invented sentences.
func TestCoordSubject(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"fr", "Le ministre Thomas Leclerc a parlé le soir. Il a jugé la grève injustifiée et a déclaré que le dialogue restait ouvert.",
			[]spoken{{"le dialogue restait ouvert", "Thomas Leclerc", "Il"}}},
		{"es", "El ministro Juan Gil visitó la obra y dijo que el puente abrirá en mayo.",
			[]spoken{{"el puente abrirá en mayo", "Juan Gil", "El ministro Juan Gil"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
