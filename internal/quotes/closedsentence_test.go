package quotes

import "testing"

// TestClosedSentence: a quotation ending with a full stop ends the
// writer's sentence when a capital follows (rule closedSentence), so the
// next sentence's subject is no attribution of the quote and the words
// before the quote are no speaker of the next sentence's reported clause.
// Invented sentences.
func TestClosedSentence(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"de", "Bürgermeisterin Eva Kranz erklärte: „Wir stehen zu dem Projekt.“ Sie fügte hinzu, die Stadt werde die Mehrkosten nicht tragen.",
			[]spoken{{"Wir stehen zu dem Projekt.", "Eva Kranz", "Bürgermeisterin Eva Kranz"}, {"die Stadt werde die Mehrkosten nicht tragen", "Eva Kranz", "Sie"}}},
		{"es", "El alcalde Pablo Ríos dijo: «La obra sigue.» Ríos explicó que el puente abrirá en mayo.",
			[]spoken{{"La obra sigue.", "Pablo Ríos", "El alcalde Pablo Ríos"}, {"el puente abrirá en mayo", "Pablo Ríos", "Ríos"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
