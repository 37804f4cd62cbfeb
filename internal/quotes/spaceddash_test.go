package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestSpacedDashDialogue: Russian and Polish dialogue lines open with a
// dash, em or en, and set the attribution between spaced dashes (rule
// spacedDashDialogue); Russian's comma before the inner dash is no part
// of the words (rule dashComma); the words after the attribution's full
// stop, reopened by a dash, are direct speech (rule dashReopens); a line
// whose opening dash a text extractor dropped is still dialogue (rule
// strippedDialogue), but only when it opens with a capital, not with a
// number (a reported figure); a line with a spaced dash and no speech
// verb after it is no quotation. Invented text.
func TestSpacedDashDialogue(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []quoteForm
	}{
		{"russian em dashes", "ru", "Мост закроют\n\nЖители недовольны.\n\n— Нас никто не спросил, — говорит Олег Тарасов. — Мы узнали обо всём из новостей.",
			[]quoteForm{{"Нас никто не спросил", "Олег Тарасов", "direct"}, {"Мы узнали обо всём из новостей.", "Олег Тарасов", "direct"}}},
		{"russian en dash", "ru", "Мост закроют\n\nЖители недовольны.\n\n– Решение окончательное, – заявила Анна Велмова.",
			[]quoteForm{{"Решение окончательное", "Анна Велмова", "direct"}}},
		{"polish en dashes", "pl", "Most zostanie zamknięty\n\nMieszkańcy są niezadowoleni.\n\n– Nikt nas nie pytał – podkreśliła Ewa Sosna. – Wszystko wiemy z gazet.",
			[]quoteForm{{"Nikt nas nie pytał", "Ewa Sosna", "direct"}, {"Wszystko wiemy z gazet.", "Ewa Sosna", "direct"}}},
		{"polish dash dropped by an extractor", "pl", "Most zostanie zamknięty\n\nMieszkańcy są niezadowoleni.\n\nNikt nas nie pytał – podkreśliła Ewa Sosna.",
			[]quoteForm{{"Nikt nas nie pytał", "Ewa Sosna", "direct"}}},
		{"no speech verb after the dash", "pl", "Most zostanie zamknięty\n\nRemont – od maja do września – kosztuje 40 milionów złotych.", nil},
		{"a line opening with a number", "pl", "Wypadek na moście\n\n12 osób zostało rannych – poinformował rzecznik policji Jan Las.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
			checkQuotes(t, c.text, got, c.want, func(q model.Quote) quoteForm { return quoteForm{q.Text, q.Speaker, string(q.Form)} })
		})
	}
}

type quoteForm struct{ text, speaker, form string }
