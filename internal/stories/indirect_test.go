package stories

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMarkedPassages: rule indirect-passage's reading of the marks in a
// reported quotation.
func TestMarkedPassages(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{`the company was "doing everything" to recapture the fish`, []string{"doing everything"}},
		{`the works were „so gut wie fertig“ und „im Zeitplan“`, []string{"so gut wie fertig", "im Zeitplan"}},
		{`the pier was “not safe for anyone.”`, []string{"not safe for anyone"}},
		// one word in marks is a label as often as a quotation
		{`the so-called "reform" would cost jobs`, nil},
		// marks closing and opening a direct quotation the span cut
		{`nobody came," she said. "Then the water rose`, nil},
		{`the ferry would sail again soon`, nil},
	} {
		if got := markedPassages(c.text); !slices.Equal(got, c.want) {
			t.Errorf("markedPassages(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestIndirectPassage: rule indirect-passage. An outlet that reported a
// speaker's words with a few of them in marks quoted those words: they
// are aligned with the outlet that quoted the whole sentence, which is no
// longer the only one to report it.
func TestIndirectPassage(t *testing.T) {
	full := `"We are doing everything we can to refloat the barge," said harbour master Ulla Fenwick.`
	part := `Harbour master Ulla Fenwick said the port was "doing everything" to refloat it.`
	arts := []*model.Article{
		{ID: "a", Outlet: "Quay Courier", Text: full, Quotes: []model.Quote{
			{Text: "We are doing everything we can to refloat the barge,", Form: model.QuoteDirect, Speaker: "Ulla Fenwick"}}},
		{ID: "b", Outlet: "Tidewater News", Text: part, Quotes: []model.Quote{
			{Text: `the port was "doing everything" to refloat it`, Form: model.QuoteIndirect, Speaker: "Ulla Fenwick"}}},
	}
	got := compareQuotes(arts, &copyLinks{})
	if len(got) != 1 || len(got[0].Quotes) != 1 || len(got[0].Quotes[0].Variants) != 2 {
		t.Fatalf("quotes %+v, want one quotation in two wordings", got)
	}
	// A reported passage begins no quotation: alone, or matching no
	// wording word for word ("everything" and "doing" out of order), or
	// repeating the outlet's own quotation, it is left out.
	indirect := func(outlet, text string) *model.Article {
		return &model.Article{ID: outlet, Outlet: outlet, Text: text, Quotes: []model.Quote{
			{Text: text, Form: model.QuoteIndirect, Speaker: "Ulla Fenwick"}}}
	}
	for _, c := range []struct {
		name string
		arts []*model.Article
	}{
		{"alone", []*model.Article{indirect("Tidewater News", `the port was "doing everything" to refloat it`)}},
		{"out of order", []*model.Article{arts[0], indirect("Tidewater News", `the port would try "everything, doing" what it could`)}},
		{"own outlet", []*model.Article{arts[0], indirect("Quay Courier", `the port was "doing everything" to refloat it`)}},
	} {
		got := compareQuotes(c.arts, &copyLinks{})
		n := 0
		for _, sq := range got {
			for _, g := range sq.Quotes {
				n += len(g.Variants)
			}
		}
		if want := len(c.arts) - 1; n != want || len(got) != want {
			t.Errorf("%s: quotes %+v, want %d wordings (and speakers)", c.name, got, want)
		}
	}
}
