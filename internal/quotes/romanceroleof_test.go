package quotes

import "testing"

// TestRomanceRoleOf: a French or Spanish article, a role noun and
// "du"/"de"/"del" before whom it serves is the role's holder as written,
// one person (rule romanceRoleOf), as German and Dutch read "ein Sprecher
// der Stadt": it had a mention and no speaker. An indefinite one is
// someone new, not the holder named before. Invented text.
func TestRomanceRoleOf(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []spoken
	}{
		{"French indefinite", "fr",
			"Travaux du port\n\nUn porte-parole de la préfecture a annoncé que le quai rouvrirait en juin.",
			[]spoken{{"le quai rouvrirait en juin", "Un porte-parole de la préfecture", "Un porte-parole de la préfecture"}}},
		{"Spanish indefinite", "es",
			"Obras del puerto\n\nUna portavoz del ayuntamiento anunció que el muelle abrirá en junio.",
			[]spoken{{"el muelle abrirá en junio", "Una portavoz del ayuntamiento", "Una portavoz del ayuntamiento"}}},
		{"Spanish indefinite, holder named before", "es",
			"Obras del puerto\n\nLa portavoz Irene Valcárcel visitó el muelle el lunes.\n\nUna portavoz del ayuntamiento anunció que el muelle abrirá en junio.",
			[]spoken{{"el muelle abrirá en junio", "Una portavoz del ayuntamiento", "Una portavoz del ayuntamiento"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpokenLang(t, c.text, c.lang, c.want) })
	}
}
