package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestSplitSecond: the second part of a quotation split by its attribution
// is direct speech like the first (rule splitSecond); a list of phrases in
// marks joined by a bare comma is not a split quotation, nor are two
// parts with more than the attribution between them. Invented text.
func TestSplitSecond(t *testing.T) {
	cases := []struct {
		lang, text string
		forms      []string
	}{
		{"de", "Neue Brücke\n\nDer Rat hat entschieden.\n\n„Wir bauen sie“, sagte Bürgermeisterin Helga Krämer, „und wir werden sie auch bezahlen.“",
			[]string{model.QuoteDirect, model.QuoteDirect}},
		// Between the parts more than the attribution set off by commas.
		{"de", "Neue Brücke\n\nDer Rat hat entschieden.\n\n„Wir bauen sie“, sagte Bürgermeisterin Helga Krämer; dann, „und wir werden sie auch bezahlen“.",
			[]string{model.QuoteDirect, model.QuotePartial}},
		{"es", "Nuevo puente\n\nEl pleno decidió.\n\n\"Lo vamos a construir\", dijo la alcaldesa Elena Carrasco, \"y lo vamos a pagar\".",
			[]string{model.QuoteDirect, model.QuoteDirect}},
		{"fr", "Nouveau pont\n\nLe conseil a décidé.\n\nLa maire Claire Colin a résumé : « un grand jour pour la ville », « une fête pour tous les habitants ».",
			[]string{model.QuoteDirect, model.QuotePartial}},
	}
	for _, c := range cases {
		qs := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		var got []string
		for _, q := range qs {
			if q.Form != model.QuoteIndirect {
				got = append(got, q.Form)
			}
		}
		if len(got) != len(c.forms) {
			t.Errorf("%q: forms %v, want %v", c.text, got, c.forms)
			continue
		}
		for i := range got {
			if got[i] != c.forms[i] {
				t.Errorf("%q: forms %v, want %v", c.text, got, c.forms)
				break
			}
		}
	}
}
