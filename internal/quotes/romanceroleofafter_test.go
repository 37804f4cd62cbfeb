package quotes

import "testing"

// TestRomanceRoleOfAfter: after the verb, a French or Spanish role noun,
// "de"/"du"/"del", an article, a noun and a capitalised name are one
// speaker phrase, the role's holder as written (rule romanceRoleOfAfter):
// the phrase stopped at "de", and the quote had the mention and no
// speaker. An adverbial phrase after the tie reaches no name and is left
// out of the phrase. Invented text.
func TestRomanceRoleOfAfter(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []spoken
	}{
		{"French, company named", "fr",
			"Usine de Brennac\n\n« Chaque salarié recevra une offre », a déclaré un porte-parole de la société Orvane.",
			[]spoken{{"Chaque salarié recevra une offre", "un porte-parole de la société Orvane", "un porte-parole de la société Orvane"}}},
		{"Spanish, company named", "es",
			"Planta de Ulbera\n\n\"Cada empleado tendrá una oferta\", dijo una portavoz de la empresa Torvisa.",
			[]spoken{{"Cada empleado tendrá una oferta", "una portavoz de la empresa Torvisa", "una portavoz de la empresa Torvisa"}}},
		{"Spanish, adverbial after the role", "es",
			"Planta de Ulbera\n\n\"Cada empleado tendrá una oferta\", dijo una portavoz de la empresa en un comunicado.",
			[]spoken{{"Cada empleado tendrá una oferta", "", "una portavoz"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpokenLang(t, c.text, c.lang, c.want) })
	}
}
