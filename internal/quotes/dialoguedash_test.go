package quotes

import "testing"

// TestDialogueDash: a paragraph of dialogue written with dashes for marks
// ("—... —dijo X—. ...") is a quotation of the speaker the attribution
// after the inner dash names, and so are the words after its closing
// dash (rule dialogueDash); a dash line with no speech verb after its
// inner dash (an interview's question and answer) and dashes around an
// aside are no quotation.
// Invented sentences.
func TestDialogueDash(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"es", "El alcalde Pablo Ríos visitó la obra.\n\n—El puente estará listo en marzo —dijo el alcalde Pablo Ríos—. Nadie lo esperaba.",
			[]spoken{{"El puente estará listo en marzo", "Pablo Ríos", "el alcalde Pablo Ríos"}, {"Nadie lo esperaba.", "Pablo Ríos", ""}}},
		{"es", "La jueza Elena Soto cerró la sesión.\n\n—No habrá más aplazamientos —aseguró Soto.",
			[]spoken{{"No habrá más aplazamientos", "Elena Soto", "Soto"}}},
		{"pt", "O ministro Rui Lopes chegou ao porto.\n\n—Os navios voltam amanhã —disse Lopes.",
			[]spoken{{"Os navios voltam amanhã", "Rui Lopes", "Lopes"}}},
		{"es", "La jueza Elena Soto habló con este diario.\n\n—¿Habrá más aplazamientos?\n—Ninguno, se lo aseguro a todos.", nil},
		{"es", "El puente —el más largo de la región— sigue cerrado por las obras.", nil},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
