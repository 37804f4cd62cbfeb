package stories

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDescribedSpeaker pins rule described-speaker: speakers given by an
// indefinite description are each article's own unless two give one
// quotation; a definite description and a name are keyed as before.
func TestDescribedSpeaker(t *testing.T) {
	art := func(id, speaker, quote string) *model.Article {
		text := `"` + quote + `," ` + speaker + ` said.`
		return &model.Article{ID: id, Outlet: id, Text: text,
			Quotes: []model.Quote{{Text: quote, Form: model.QuoteDirect, Speaker: speaker, Start: 1, End: 1 + len(quote)}}}
	}
	ferry := "Crossings to Velmar resume on Friday once the pier is inspected"
	pay := "The ministry will not reopen the pay talks before the spring"
	cases := []struct {
		name       string
		arts       []*model.Article
		want       int
		wantFirst  string
		wantQuotes int
	}{
		{"two spokesmen of two bodies", []*model.Article{art("Harbour Gazette", "a ferry-line spokesman", ferry), art("Velmar Courier", "a ministry spokesman", pay)}, 2, "a ferry-line spokesman", 1},
		{"one description, two quotations", []*model.Article{art("Harbour Gazette", "a spokesman", ferry), art("Velmar Courier", "a spokesman", pay)}, 2, "a spokesman", 1},
		{"two descriptions, one quotation", []*model.Article{art("Harbour Gazette", "a ferry-line spokesman", ferry), art("Velmar Courier", "a ministry spokesman", ferry+" next week")}, 2, "a ferry-line spokesman", 1},
		{"one description, one quotation", []*model.Article{art("Harbour Gazette", "a spokesman", ferry), art("Velmar Courier", "a spokesman", ferry+" next week")}, 1, "a spokesman", 1},
		{"a definite description", []*model.Article{art("Harbour Gazette", "the harbour master", ferry), art("Velmar Courier", "the harbour master", pay)}, 1, "the harbour master", 2},
	}
	for _, c := range cases {
		qs := compareQuotes(c.arts, nil)
		if len(qs) != c.want || qs[0].Speaker != c.wantFirst || len(qs[0].Quotes) != c.wantQuotes {
			var b strings.Builder
			for _, q := range qs {
				b.WriteString(q.Speaker + "; ")
			}
			t.Errorf("%s: speakers %s(%d quotations under the first), want %d speakers, the first %q with %d", c.name, b.String(), len(qs[0].Quotes), c.want, c.wantFirst, c.wantQuotes)
		}
	}
}
