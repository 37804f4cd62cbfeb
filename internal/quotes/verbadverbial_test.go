package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestVerbAdverbial: a time or adverbial between a Russian or Polish
// speech verb and the comma before "что"/"że" leaves the clause after it
// reported speech (rule verbAdverbial). Invented text.
func TestVerbAdverbial(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker string
	}{
		{"ru", "Мост отремонтируют\n\nМэр Велмска Олег Ветров заявил в пятницу, что ремонт моста начнётся в сентябре.", "ремонт моста начнётся в сентябре", "Олег Ветров"},
		{"pl", "Nowy most\n\nRadna Maria Jasna stwierdziła z kolei, że terminy są nierealne.", "terminy są nierealne", "Maria Jasna"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		checkQuotes(t, c.text, got, []quoteGroup{{c.quote, c.speaker, false}}, func(q model.Quote) quoteGroup {
			return quoteGroup{q.Text, q.Speaker, q.SpeakerIsGroup}
		})
	}
}
