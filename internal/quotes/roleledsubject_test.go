package quotes

import "testing"

// TestRoleLedSubject: reported speech whose subject is an article and a
// role noun, with no name, is kept with that subject as its mention (rule
// roleLedSubject); it was lost. A subject that is no role stays out.
// Invented sentences.
func TestRoleLedSubject(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []spoken
	}{
		{"German spokesman", "de",
			"Haushalt\n\nEin Sprecher des Ministeriums sagte, die Zahlen würden am Donnerstag veröffentlicht.",
			// Rule roleOfGenitive: the spokesman as written is the speaker.
			[]spoken{{"die Zahlen würden am Donnerstag veröffentlicht", "Ein Sprecher des Ministeriums", "Ein Sprecher des Ministeriums"}}},
		{"French spokeswoman", "fr",
			"Budget\n\nUne porte-parole du ministère a indiqué que les chiffres seraient publiés jeudi.",
			// Rule romanceRoleOf: the spokeswoman as written is the speaker.
			[]spoken{{"les chiffres seraient publiés jeudi", "Une porte-parole du ministère", "Une porte-parole du ministère"}}},
		{"Spanish definite spokeswoman", "es",
			"Precios\n\nLa portavoz de la empresa explicó que los precios subirán en abril.",
			[]spoken{{"los precios subirán en abril", "La portavoz de la empresa", "La portavoz de la empresa"}}},
		{"Spanish no role", "es",
			"Paro\n\nEl informe explicó que el paro bajó en marzo.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpokenLang(t, c.text, c.lang, c.want) })
	}
}
