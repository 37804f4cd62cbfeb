package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestEastPromiseVerbs: "пообещал", "zapowiedział" and "bildirdi"
// (promised, announced, informed), common in news copy, are speech verbs
// of eastSpeech. Invented text.
func TestEastPromiseVerbs(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker string
	}{
		{"ru", "Мост отремонтируют\n\nМэр Велмска Олег Ветров пообещал, что ремонт моста начнётся в сентябре.", "ремонт моста начнётся в сентябре", "Олег Ветров"},
		{"pl", "Nowy most\n\nBurmistrz Tomasz Welmak zapowiedział, że remont mostu rozpocznie się we wrześniu.", "remont mostu rozpocznie się we wrześniu", "Tomasz Welmak"},
		{"tr", "Velmir'de köprü\n\nBelediye Başkanı Ahmet Velmoğlu, \"Köprü eylülde açılacak\" bildirdi.", "Köprü eylülde açılacak", "Ahmet Velmoğlu"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		checkQuotes(t, c.text, got, []quoteGroup{{c.quote, c.speaker, false}}, func(q model.Quote) quoteGroup {
			return quoteGroup{q.Text, q.Speaker, q.SpeakerIsGroup}
		})
	}
}
