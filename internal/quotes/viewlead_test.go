package quotes

import "testing"

// TestViewLead: a sentence opening with "for" and a person before a
// comma gives that person's view, quotation included (rule viewLead);
// "Pour l'instant," names no one.
// Invented sentences.
func TestViewLead(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"fr", "Le conseiller Paul Lefèvre a voté contre. Pour le conseiller Paul Lefèvre, « c'est la fin d'une promesse ».",
			[]spoken{{"c'est la fin d'une promesse", "Paul Lefèvre", "le conseiller Paul Lefèvre"}}},
		{"es", "La alcaldesa Carmen Ruiz visitó la obra. Para la alcaldesa, el plan es «un error muy caro para todos».",
			[]spoken{{"un error muy caro para todos", "Carmen Ruiz", "la alcaldesa"}}},
		{"fr", "Le conseiller Paul Lefèvre a voté contre. Pour l'instant, le projet reste « une promesse sans date ».",
			[]spoken{{"une promesse sans date", "", ""}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
