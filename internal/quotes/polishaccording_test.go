package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestPolishAccording: Polish "według" and "zdaniem" take their source
// with no comma before the reported clause, which opens at the first
// lower-case word after the source's name (rule polishAccording); a
// person's name of several words after lower-case words other than a
// role is no source, for it may hold the clause's subject after a body's
// name (rule genitiveNameRun); a source in the genitive is the person
// its surname names, or the body it names as written (rule
// genitiveSource); with no name after "według" there is no source.
// Invented text.
func TestPolishAccording(t *testing.T) {
	const head = "Ceny prądu wzrosną\n\nMinister energii Adam Orłowski i ekonomistka Ewa Klimek spotkali się w Welmowie.\n\n"
	cases := []struct {
		name, text string
		want       []quoteGroup
	}{
		{"a role and a surname", head + "Według ministra Orłowskiego nowe taryfy zostaną skonsultowane z mieszkańcami.",
			[]quoteGroup{{"nowe taryfy zostaną skonsultowane z mieszkańcami", "Adam Orłowski", false}}},
		{"an inflected first name", head + "Zdaniem Ewy Klimek podwyżka uderzy w małe firmy.",
			[]quoteGroup{{"podwyżka uderzy w małe firmy", "Ewa Klimek", false}}},
		{"a body", head + "Według danych GUS inflacja w maju wyniosła 4,1 proc.",
			[]quoteGroup{{"inflacja w maju wyniosła 4,1 proc", "GUS", true}}},
		{"a name of two words after a noun", head + "Według danych Urzędu Miasta liczba mieszkańców spadła.", nil},
		{"a name of two words after a role", head + "Według minister Ewy Klimek taryfy wzrosną.",
			// The speaker's name form is package people's.
			[]quoteGroup{{"taryfy wzrosną", "*", false}}},
		{"a person after a body", head + "Według ustaleń Welmpress Orłowski był wtedy w Welmowie.",
			nil},
		{"no name", head + "Według nowych przepisów firmy muszą publikować ceny.", nil},
		{"a pronoun", head + "Według mnie to duży błąd.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractDoc(people.AnalyzeLang(c.text, "pl"), Options{})
			checkQuotes(t, c.text, got, c.want, func(q model.Quote) quoteGroup {
				if len(c.want) > 0 && c.want[0].speaker == "*" {
					q.Speaker = "*"
				}
				return quoteGroup{q.Text, q.Speaker, q.SpeakerIsGroup}
			})
		})
	}
}

type quoteGroup struct {
	text, speaker string
	group         bool
}
