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

// TestFiguresByReach pins rule figures-by-reach: the measure two outlets
// give comes before the one outlet's figure met first.
func TestFiguresByReach(t *testing.T) {
	claim := func(text, subject, unit string, v float64) model.Claim {
		return model.Claim{Text: text, Value: &v, Unit: unit, Subject: subject}
	}
	art := func(outlet string, cs ...model.Claim) *model.Article {
		a := &model.Article{ID: outlet, Outlet: outlet}
		for _, c := range cs {
			c.Start = len(a.Text)
			a.Text += c.Text + ". "
			c.End = c.Start + len(c.Text)
			a.Claims = append(a.Claims, c)
		}
		return a
	}
	got := compareClaims([]*model.Article{
		art("Skerry Wire", claim("the ferry line runs 14 boats", "boats the ferry line runs", "boats", 14),
			claim("the storm cut power to 3,200 homes", "homes the storm cut power to", "homes", 3200)),
		art("Coast Post", claim("the storm cut power to 3,200 homes", "homes the storm cut power to", "homes", 3200)),
	})
	if len(got) != 2 || got[0].Unit != "homes" || len(got[0].Values) != 2 {
		t.Errorf("figures %+v, want the homes both outlets give first", got)
	}
}
