package quotes

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestDashedIncise: Russian and Polish set an attribution inside the
// quotation marks off with dashes, Russian after a comma, the words going
// on after a stop or comma and a dash, or a dash alone (rule
// dashedIncise): the speaker is the attribution's, and the quote's parts
// are the words around it. Invented text.
func TestDashedIncise(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []quoteParts
	}{
		{"ru", "Новый мост в Велмске\n\n«Это решение давно назрело, — отметила Анна Велмова. — Жители жаловались годами».",
			[]quoteParts{{"Анна Велмова", "Это решение давно назрело|Жители жаловались годами"}}},
		{"ru", "Новый мост в Велмске\n\n«Мы не хотели закрывать мост, — сказал Игорь Сомов, — но другого выхода нет».",
			[]quoteParts{{"Игорь Сомов", "Мы не хотели закрывать мост|но другого выхода нет"}}},
		{"pl", "Nowy most w Welmowie\n\n„To była trudna decyzja – przyznała Anna Welmska – ale konieczna”.",
			[]quoteParts{{"Anna Welmska", "To była trudna decyzja|ale konieczna"}}},
		{"pl", "Nowy most w Welmowie\n\n„Most jest stary – powiedział Tomasz Sowiński. – Nie możemy czekać”.",
			[]quoteParts{{"Tomasz Sowiński", "Most jest stary|Nie możemy czekać"}}},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		checkQuotes(t, c.text, got, c.want, func(q model.Quote) quoteParts {
			var ps []string
			for _, p := range q.Parts {
				ps = append(ps, c.text[p.Start:p.End])
			}
			return quoteParts{q.Speaker, strings.Join(ps, "|")}
		})
	}
}

type quoteParts struct{ speaker, parts string }
