package quotes

import (
	"reflect"
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestFrenchIncise: an attribution inside the quotation marks, between
// commas or a comma and a stop (« A, a-t-il estimé. B », « A, assure la
// ministre, B »), names the speaker, and the quote's parts are the words
// around it (rule frenchIncise); a comma with no speech verb after it
// splits nothing.
// Invented sentences.
func TestFrenchIncise(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
		parts      []string
	}{
		{"fr", "L'adjoint Julien Marchand regrette ce choix. « C'est une erreur historique, a-t-il estimé. La ville va perdre des années. »",
			[]spoken{{"C'est une erreur historique, a-t-il estimé. La ville va perdre des années.", "Julien Marchand", "il"}},
			[]string{"C'est une erreur historique", "La ville va perdre des années."}},
		{"fr", "La ministre Claire Aubry était à Lyon. « Nous sommes prêts, assure la ministre, mais pas à n'importe quel prix. »",
			[]spoken{{"Nous sommes prêts, assure la ministre, mais pas à n'importe quel prix.", "Claire Aubry", "la ministre"}},
			[]string{"Nous sommes prêts", "mais pas à n'importe quel prix."}},
		{"fr", "Le port reste fermé. « Nous sommes prêts, mais pas à n'importe quel prix, et le port attendra. »",
			[]spoken{{"Nous sommes prêts, mais pas à n'importe quel prix, et le port attendra.", "", ""}}, nil},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
		qs := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		var got []string
		if len(qs) == 1 {
			for _, p := range qs[0].Parts {
				got = append(got, c.text[p.Start:p.End])
			}
		}
		if !reflect.DeepEqual(got, c.parts) {
			t.Errorf("%q: parts %q, want %q", c.text, got, c.parts)
		}
	}
}
