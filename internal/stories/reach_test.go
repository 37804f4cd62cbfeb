package stories

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSpeakersByReach pins rule speakers-by-reach: the speaker more
// outlets quote comes first, whatever the alphabet says; unattributed
// quotations come last.
func TestSpeakersByReach(t *testing.T) {
	art := func(outlet string, quotes ...[2]string) *model.Article {
		a := &model.Article{ID: outlet, Outlet: outlet}
		for _, q := range quotes {
			a.Text += `"` + q[1] + `," ` + q[0] + " said. "
		}
		for _, q := range quotes {
			i := strings.Index(a.Text, q[1])
			a.Quotes = append(a.Quotes, model.Quote{Text: q[1], Form: model.QuoteDirect, Speaker: q[0], Start: i, End: i + len(q[1])})
			if q[0] != "" {
				a.People = append(a.People, model.Person{Name: q[0]})
			}
		}
		return a
	}
	zora := [2]string{"Zora Quell", "The ferry will sail again when the crews are paid"}
	ada := [2]string{"Ada Brann", "Half my customers come over on the morning boat"}
	anon := [2]string{"", "Nobody told us the timetable would change at all"}
	arts := []*model.Article{
		art("Skerry Wire", ada, zora, anon),
		art("Coast Post", zora),
		art("Bay Courier", zora, anon),
	}
	var got []string
	for _, sq := range compareQuotes(arts, nil) {
		got = append(got, sq.Speaker)
	}
	if want := []string{"Zora Quell", "Ada Brann", ""}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}
