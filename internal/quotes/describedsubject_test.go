package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestDescribedSubject: in a court report the pronoun or the dropped
// subject after a quote is the official the sentence before opened with
// ("Le procureur a requis ... contre Marc Dolmen."), not the defendant it
// named (rule describedSubject): the quote gets no speaker, or the person
// the text gave that role before ("La fiscal Marta Ruiz"). An official
// named in apposition keeps the quote, and German "sie" after "der
// Staatsanwalt" is the woman named. Invented text.
func TestDescribedSubject(t *testing.T) {
	cases := []struct {
		name, lang, text, quote, speaker string
	}{
		{"pronoun", "fr", "Procès de l'incendie de Kervel\n\nLe procureur a requis trois ans de prison contre Marc Dolmen, gérant de l'entrepôt. « Il savait que les extincteurs étaient hors d'usage », a-t-il lancé.", "Il savait que les extincteurs étaient hors d'usage", ""},
		{"dropped", "es", "Juicio por el incendio de Valdemora\n\nLa fiscal pidió el jueves tres años de prisión para Marcos Dolmen, gerente del almacén. \"Sabía que los extintores no funcionaban\", afirmó.", "Sabía que los extintores no funcionaban", ""},
		{"sie", "de", "Prozess um Lagerbrand\n\nDie Staatsanwältin forderte drei Jahre Haft für Markus Dolmer, den Leiter des Lagers. „Er wusste, dass die Feuerlöscher defekt waren“, sagte sie.", "Er wusste, dass die Feuerlöscher defekt waren", ""},
		{"sie after der", "de", "Prozess um Lagerbrand\n\nDer Staatsanwalt forderte drei Jahre Haft für Anna Dolmer, die Leiterin des Lagers. „Ich wusste nichts davon“, sagte sie.", "Ich wusste nichts davon", "Anna Dolmer"},
		{"holder", "es", "Juicio por el incendio de Valdemora\n\nLa fiscal Marta Ruiz abrió la sesión a las nueve.\n\nLa fiscal pidió tres años de prisión para Marcos Dolmen, gerente del almacén. \"Sabía que los extintores no funcionaban\", afirmó.", "Sabía que los extintores no funcionaban", "Marta Ruiz"},
		{"named", "fr", "Procès de l'incendie de Kervel\n\nL'avocate de la défense, Me Claire Rouvel, a plaidé la relaxe. « Mon client a signalé le problème trois fois », a-t-elle affirmé.", "Mon client a signalé le problème trois fois", "Claire Rouvel"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].Text != c.quote || got[0].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
