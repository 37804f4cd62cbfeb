package stories

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestQuoteElsewhere pins rule quote-elsewhere: a quotation one outlet
// alone gives is not its exclusive when another outlet's text holds its
// words in a row, under another speaker or in no quotation at all; one
// whose words the others do not hold, and one too short to tell, stay.
func TestQuoteElsewhere(t *testing.T) {
	art := func(id, text string, quotes ...[2]string) *model.Article {
		a := &model.Article{ID: id, Outlet: id, Title: "Ferry strike on the Vellin sound", Text: text}
		for _, q := range quotes {
			i := strings.Index(a.Text, q[1])
			a.Quotes = append(a.Quotes, model.Quote{Text: q[1], Form: model.QuoteDirect, Speaker: q[0], Start: i, End: i + len(q[1])})
			if q[0] != "" && strings.Contains(q[0], " ") {
				a.People = append(a.People, model.Person{Name: q[0]})
			}
		}
		return a
	}
	const shared = "The crossings will resume once the pier has been inspected by engineers"
	const own = "Our members will not sail until the offer is fair"
	arts := []*model.Article{
		art("Skerry Wire", `"`+shared+`," Ada Morrow said. "`+own+`," she added. Crews called it "a cold week".`,
			[2]string{"Ada Morrow", shared}, [2]string{"Ada Morrow", own}, [2]string{"", "a cold week"}),
		// the same words credited to the line, and the short phrase unquoted
		art("Coast Post", `"`+shared+`," the ferry line said in a statement. Crews expect a cold week ahead.`,
			[2]string{"Vellin Ferries", shared}),
		// the same words in no quotation at all
		art("Bay Courier", `Ada Morrow said the crossings will resume once the pier has been inspected by engineers.`),
	}
	c := Compare(NewStory(arts), arts, nil)
	var got []string
	for _, e := range c.Exclusives {
		for _, q := range e.Quotes {
			got = append(got, e.Outlet+": "+q)
		}
	}
	want := []string{`Skerry Wire: Ada Morrow: "` + own + `"`, `Skerry Wire: "a cold week"`}
	if !slices.Equal(got, want) {
		t.Errorf("exclusive quotations %q, want %q", got, want)
	}
}
