package stories

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestNameForms pins rule name-forms: one person's quotation, given by
// two outlets that spell the name with and without its accent, or with and
// without a generational suffix, is one speaker's one quotation told by
// both outlets, not two speakers' each only its outlet's.
func TestNameForms(t *testing.T) {
	art := func(outlet, speaker, quote string) *model.Article {
		text := `"` + quote + `," ` + speaker + ` said on Tuesday.`
		return &model.Article{ID: strings.ToLower(outlet), Outlet: outlet, Text: text,
			People: []model.Person{{Name: speaker}},
			Quotes: []model.Quote{{Text: quote, Form: model.QuoteDirect, Speaker: speaker, Start: 1, End: 1 + len(quote)}}}
	}
	cases := []struct{ a, b string }{
		{"Zoë Ferrand", "Zoe Ferrand"},
		{"Milo Varga Jr.", "Milo Varga"},
		{"Renée Duclos", "Renee Duclos"},
	}
	quote := "The lock gates will open again before the harvest barges arrive"
	for _, c := range cases {
		qs := compareQuotes([]*model.Article{art("Harbour Gazette", c.a, quote), art("Velmar Courier", c.b, quote)}, nil)
		if len(qs) != 1 || len(qs[0].Quotes) != 1 || len(qs[0].Quotes[0].Variants) != 1 ||
			!slices.Equal(qs[0].Quotes[0].Variants[0].Outlets, []string{"Harbour Gazette", "Velmar Courier"}) {
			t.Errorf("%q and %q: %+v, want one speaker's quotation told by both outlets", c.a, c.b, qs)
		}
	}
	// Two people of one surname stay two speakers.
	qs := compareQuotes([]*model.Article{art("Harbour Gazette", "Zoë Ferrand", quote), art("Velmar Courier", "Anton Ferrand", quote+" at last")}, nil)
	if len(qs) != 2 {
		t.Errorf("two namesakes: %d speakers, want 2", len(qs))
	}
}
