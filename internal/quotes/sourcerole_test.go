package quotes

import "testing"

// TestSourceRole: an "according to" form naming a role alone ("Según el
// consejero") names the one person holding it (rule sourceRole); a
// definite description holding no role stays a group as written.
// Invented sentences.
func TestSourceRole(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"es", "El consejero de Sanidad, Javier Morales, visitó la obra. Según el consejero, las obras comenzarán en primavera.",
			[]spoken{{"las obras comenzarán en primavera", "Javier Morales", "el consejero"}}},
		{"it", "Il sindaco Marco Bellini ha firmato l'ordinanza. Secondo il sindaco, il traffico è calato molto.",
			[]spoken{{"il traffico è calato molto", "Marco Bellini", "il sindaco"}}},
		{"pt", "O prefeito Ricardo Almeida visitou a obra. Segundo o prefeito, a ponte vai custar caro.",
			[]spoken{{"a ponte vai custar caro", "Ricardo Almeida", "o prefeito"}}},
		{"es", "El consejero de Sanidad, Javier Morales, visitó la obra. Según el sindicato, faltan enfermeras en la comarca.",
			[]spoken{{"faltan enfermeras en la comarca", "el sindicato", "el sindicato"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
