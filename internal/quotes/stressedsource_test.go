package quotes

import "testing"

// TestStressedSource: an "according to" form with a stressed pronoun
// ("selon lui", "según ella") names the last person of its gender (rule
// stressedSource), where the pronoun was left unresolved.
// Invented sentences.
func TestStressedSource(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []spoken
	}{
		{"French lui", "fr",
			"Grève au port\n\n« Nous ne reculerons pas », a déclaré Paul Mercier, délégué des dockers. Selon lui, les discussions sont au point mort.",
			[]spoken{{"Nous ne reculerons pas", "Paul Mercier", "Paul Mercier"}, {"les discussions sont au point mort", "Paul Mercier", "lui"}}},
		{"Spanish ella", "es",
			"Cosecha perdida\n\n«El campo no aguanta más», dijo Lucía Prados, portavoz de los regantes. Según ella, faltan lluvias desde hace meses.",
			[]spoken{{"El campo no aguanta más", "Lucía Prados", "Lucía Prados"}, {"faltan lluvias desde hace meses", "Lucía Prados", "ella"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpokenLang(t, c.text, c.lang, c.want) })
	}
}
