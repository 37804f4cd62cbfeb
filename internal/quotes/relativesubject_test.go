package quotes

import "testing"

// TestRelativeSubject: a relative pronoun before the speech verb stands
// for the name before its comma (rule relativeSubject).
// Invented sentences.
func TestRelativeSubject(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"es", "La consejera Elena Castro respondió. \"Hemos hecho un esfuerzo enorme\", afirmó Castro, quien añadió: \"Pedimos responsabilidad a todos\".",
			[]spoken{{"Hemos hecho un esfuerzo enorme", "Elena Castro", "Castro"}, {"Pedimos responsabilidad a todos", "Elena Castro", "Castro"}}},
		{"fr", "La ministre Claire Aubry était à Lyon. « Rien n'est fait », a dit Aubry, qui a ajouté : « Nous verrons en mai. »",
			[]spoken{{"Rien n'est fait", "Claire Aubry", "Aubry"}, {"Nous verrons en mai.", "Claire Aubry", "Aubry"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
