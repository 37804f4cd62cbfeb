package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestTurkishAccording: a Turkish sentence opening with a source and the
// postposition "göre" reports the source's words (rule turkishAccording):
// a person with a case ending, a body in capitals; a common noun at the
// sentence start is no source, nor a one-letter capital or a year, nor
// a body's name before a colon (a headline's speaker, not the source
// before "göre"). Invented text.
func TestTurkishAccording(t *testing.T) {
	const head = "Fiyatlar artıyor\n\nEnerji Bakanı Ali Orhan açıklama yaptı.\n\n"
	cases := []struct {
		name, text string
		want       []quoteGroup
	}{
		{"a person", head + "Orhan'a göre yeni tarifeler vatandaşlarla görüşülecek.",
			[]quoteGroup{{"yeni tarifeler vatandaşlarla görüşülecek", "Ali Orhan", false}}},
		{"a comma after göre", head + "Bakan Orhan'a göre, zam kaçınılmaz.",
			[]quoteGroup{{"zam kaçınılmaz", "Ali Orhan", false}}},
		{"a body", head + "TÜİK verilerine göre enflasyon yüzde 5 oldu.",
			[]quoteGroup{{"enflasyon yüzde 5 oldu", "TÜİK", true}}},
		{"a common noun", head + "Plana göre köprü eylülde açılacak.", nil},
		{"a one-letter capital", head + "B planına göre köprü eylülde açılacak.", nil},
		{"a year", head + "2024 verilerine göre enflasyon yüzde 5 oldu.", nil},
		{"a body before a colon", head + "AKP: Plana göre köprü eylülde açılacak.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractDoc(people.AnalyzeLang(c.text, "tr"), Options{})
			checkQuotes(t, c.text, got, c.want, func(q model.Quote) quoteGroup { return quoteGroup{q.Text, q.Speaker, q.SpeakerIsGroup} })
		})
	}
}
