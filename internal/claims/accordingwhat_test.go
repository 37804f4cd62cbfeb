package claims

import "testing"

// TestAccordingWhat checks rule accordingWhat: after an "according to"
// form, a relative of what was said and its verb lead to the speaker,
// the source; an Italian article "lo" opens no relative.
func TestAccordingWhat(t *testing.T) {
	tests := []langCase[string]{
		{"fr", "Selon ce qu'a indiqué la préfecture, 300 habitants de Valmont ont été évacués.", []string{"la préfecture"}},
		{"it", "Secondo quanto riferito dai vigili del fuoco, 300 residenti di Valdoria sono stati evacuati.", []string{"vigili del fuoco"}},
		{"es", "Según lo informado por la policía, 300 vecinos de Tarmesa fueron desalojados.", []string{"la policía"}},
		{"pt", "De acordo com o que informou a prefeitura, 40 casas de Valdora foram atingidas.", []string{"a prefeitura"}},
		{"it", "Secondo lo studio del comune, il 30 per cento delle famiglie di Valdoria è povero.", []string{"lo studio del comune"}},
	}
	checkLang(t, tests, claimSource)
}
