package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestSubjectOpening: a Turkish quotation between its subject and a
// closing speech verb is the subject's, direct speech (rule
// subjectOpening), a relative clause before the name left out; a quote
// whose verb closes its clause with no subject at all is the one person
// named before it in Turkish and Polish (rule proDrop); a sentence whose
// first phrase names no one leaves the quote unattributed, and words
// between the subject's comma and the quote keep it a partial quote of
// the writer's sentence. Invented text.
func TestSubjectOpening(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []quoteMention
	}{
		{"title and name", "tr", "Velmova'da köprü kapanıyor\n\nBelediye Başkanı Ahmet Velmoğlu, \"Köprü kötü durumda\" dedi.",
			[]quoteMention{{"Köprü kötü durumda", "Ahmet Velmoğlu", "Belediye Başkanı Ahmet Velmoğlu", "direct"}}},
		{"words between the comma and the quote", "tr", "Velmova'da köprü kapanıyor\n\nAhmet Velmoğlu, dün akşam köprü için \"kötü durumda\" dedi.",
			[]quoteMention{{"kötü durumda", "Ahmet Velmoğlu", "", "partial"}}},
		{"relative clause before the name", "tr", "Velmova'da köprü kapanıyor\n\nKöprü yakınında kafe işleten Murat Demir, \"Müşterilerimizi kaybedeceğiz\" ifadelerini kullandı.",
			[]quoteMention{{"Müşterilerimizi kaybedeceğiz", "Murat Demir", "Murat Demir", "direct"}}},
		{"in the form of", "tr", "Velmova'da köprü kapanıyor\n\nBelediye Başkanı Ahmet Velmoğlu, \"Köprü kötü durumda\" şeklinde konuştu.",
			[]quoteMention{{"Köprü kötü durumda", "Ahmet Velmoğlu", "Belediye Başkanı Ahmet Velmoğlu", "direct"}}},
		{"no one named first", "tr", "Velmova'da köprü kapanıyor\n\nDün akşam, \"Köprü kötü durumda\" dedi.",
			[]quoteMention{{"Köprü kötü durumda", "", "", "partial"}}},
		{"turkish subject dropped", "tr", "Velmova'da köprü kapanıyor\n\nAhmet Velmoğlu tadilatın pahalı olacağını söyledi. \"Yüklenici nisanda başlayacak\" diye konuştu.",
			[]quoteMention{{"Yüklenici nisanda başlayacak", "Ahmet Velmoğlu", "", "direct"}}},
		{"polish subject dropped", "pl", "Nowy most w Welmowie\n\nBurmistrz Tomasz Sowiński ogłosił remont mostu. „Wykonawca zacznie w kwietniu” – dodał.",
			[]quoteMention{{"Wykonawca zacznie w kwietniu", "Tomasz Sowiński", "", "direct"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
			checkQuotes(t, c.text, got, c.want, func(q model.Quote) quoteMention {
				return quoteMention{q.Text, q.Speaker, q.SpeakerMention, string(q.Form)}
			})
		})
	}
}

type quoteMention struct{ text, speaker, mention, form string }
