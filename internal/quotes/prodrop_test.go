package quotes

import "testing"

// TestProDrop: in Spanish, Italian and Portuguese a speech verb with no
// subject after a quote is the one person named outside quotation marks
// in the quote's sentence and the one before (rule proDrop); German
// writes the subject.
// Invented sentences.
func TestProDrop(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"es", "La alcaldesa de Villaseca, Carmen Ruiz, se mostró satisfecha. \"Llevamos una década esperando\", señaló.",
			[]spoken{{"Llevamos una década esperando", "Carmen Ruiz", ""}}},
		// Two people named before: no one.
		{"es", "El senador Tomás Vidal habló con la diputada Ana Gómez. \"Nadie nos va a callar\", dijo.",
			[]spoken{{"Nadie nos va a callar", "", ""}}},
		{"pt", "O senador Paulo Reis falou com jornalistas. \"Não houve acordo nenhum\", disse.",
			[]spoken{{"Não houve acordo nenhum", "Paulo Reis", ""}}},
		{"it", "Il sindaco Marco Bellini ha parlato in consiglio. «Il centro resterà chiuso», ha detto.",
			[]spoken{{"Il centro resterà chiuso", "Marco Bellini", ""}}},
		// The name inside a quotation is no subject.
		{"es", "El senador Tomás Vidal habló. \"Ana Gómez no sabe nada\", dijo.",
			[]spoken{{"Ana Gómez no sabe nada", "Tomás Vidal", ""}}},
		{"de", "Bürgermeisterin Eva Kranz kam. Die Halle bleibt zu. „Das ist bitter“, sagte.",
			[]spoken{{"Das ist bitter", "", ""}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
