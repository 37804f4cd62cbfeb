package stories

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFigureElsewhere: rule figure-elsewhere. The bridge's length one
// outlet's analysis found ("The 210-metre crossing") is not its exclusive
// when the other outlet's text gives it too, in a sentence whose analysis
// gave only the cost; a figure of its own (the crowd) stays exclusive.
// Invented text.
func TestFigureElsewhere(t *testing.T) {
	claim := func(text, c, unit string, v float64) model.Claim {
		i := strings.Index(text, c)
		return model.Claim{Text: c, Value: &v, Unit: unit, Subject: c, Start: i, End: i + len(c)}
	}
	post := "The 210-metre bridge cost 6.4 million euros and took two years to build, the council said."
	times := "The 210-metre crossing, which cost 6.4 million euros, reconnects the marina. Some 1,200 people crossed it on Saturday."
	arts := []*model.Article{
		{ID: "p", Outlet: "Saltmarsh Post", Title: "Footbridge opens", Text: post,
			Claims: []model.Claim{claim(post, "The 210-metre bridge cost 6.4 million euros", "EUR", 6.4e6)}},
		{ID: "t", Outlet: "Coast Times", Title: "New bridge reconnects marina", Text: times,
			Claims: []model.Claim{claim(times, "which cost 6.4 million euros", "EUR", 6.4e6), claim(times, "The 210-metre crossing", "metres", 210),
				claim(times, "Some 1,200 people crossed it", "people", 1200)}},
	}
	c := Compare(NewStory(arts), arts, nil)
	var got []string
	for _, e := range c.Exclusives {
		for _, f := range e.Claims {
			got = append(got, e.Outlet+": "+f)
		}
	}
	if want := []string{"Coast Times: Some 1,200 people crossed it"}; !slices.Equal(got, want) {
		t.Errorf("exclusive figures %q, want %q", got, want)
	}
}

// TestStatedElsewhere: rule figure-elsewhere's phrase and guards: the
// figure as written with the noun after a bare number or a scale, never
// a model name, a duration before the figure, a small count, a share, a
// figure with no noun after it, nor the tail of a longer number.
func TestStatedElsewhere(t *testing.T) {
	other := "The ferry carried 1,317 people. About 25 million households lost power. The Z70 flew 12 hours. " +
		"Some 12.2 million tickets were sold. Turnout was 30% of voters. The 16-month plan cost £45m in all. Only 5 people were hurt. " +
		"A 3,000-tonne ship sank."
	for _, tc := range []struct {
		text string
		unit string
		v    float64
		want bool
	}{
		{"More than 25 million households lost power", "households", 25e6, true},
		{"a 3,000-tonne ship", "t", 3000, true},
		{"317 people on board", "people", 317, false},           // the tail of 1,317
		{"2 million tickets were sold", "tickets", 2e6, false},  // the tail of 12.2 million
		{"the Z70 sold 12 million units", "units", 12e6, false}, // a model name, not the figure
		{"a 16-month plan that will cost £30m", "GBP", 30e6, false},
		{"£45m in all", "GBP", 45e6, false}, // no noun after the scale
		{"30% of voters", "percent", 30, false},
		{"5 people were hurt", "people", 5, false},
	} {
		v := tc.v
		cg := ClaimGroup{Unit: tc.unit, Values: []ClaimValue{{Outlet: "Gazette", Value: &v, Text: tc.text}}}
		if got := statedElsewhere(cg, func(p string) bool { return figureIn([]string{other}, p) }); got != tc.want {
			t.Errorf("statedElsewhere(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestVagueFigure: rule vague-figure. Another outlet's figure with no
// value ("Thousands of commuters") joins the group headed by the measure
// it names; a vague count headed only by its unit ("people") joins
// nothing. Invented text.
func TestVagueFigure(t *testing.T) {
	article := func(id, text, c, subject string, v *float64) *model.Article {
		i := strings.Index(text, c)
		return &model.Article{ID: id, Outlet: id, Text: text, Claims: []model.Claim{
			{Text: c, Value: v, Unit: "people", Subject: subject, Start: i, End: i + len(c)}}}
	}
	n := 2000.0
	for _, tc := range []struct {
		name, noun string
		groups     int
	}{
		{"the measure named", "commuters", 1},
		{"only the unit", "people", 2},
	} {
		wire := article("Skerry Wire", "Ferry crews walked out, stranding about 2,000 "+tc.noun+" and halting freight to the Vellin islands, the operator said.",
			"stranding about 2,000 "+tc.noun+" and halting freight to the Vellin islands", "stranding "+tc.noun+" and halting freight to the Vellin islands on the sound", &n)
		c := "Thousands of " + tc.noun + " were left without a crossing on Wednesday as ferry crews on the Vellin sound began a strike over pay"
		ledger := article("Northern Ledger", c+".", c, strings.TrimPrefix(c, "Thousands of "), nil)
		if got := compareClaims([]*model.Article{wire, ledger}); len(got) != tc.groups {
			t.Errorf("%s: %d groups, want %d: %+v", tc.name, len(got), tc.groups, got)
		}
	}
}

// TestTranslatedQuote: rule translated-quote. A Spanish report's
// quotation of a speaker the English reports quote is no exclusive of its
// outlet (a translation of her words); an English outlet's own words of
// hers, and the Spanish report's quotation of a speaker no one else
// quotes, stay exclusive. Invented text.
func TestTranslatedQuote(t *testing.T) {
	art := func(id, lang string, quotes ...[2]string) *model.Article {
		a := &model.Article{ID: id, Outlet: id, Language: lang, Title: "Ferry strike on the Vellin sound"}
		for _, q := range quotes {
			a.Text += "\"" + q[1] + ",\" " + q[0] + " said.\n\n"
		}
		for _, q := range quotes {
			i := strings.Index(a.Text, q[1])
			a.Quotes = append(a.Quotes, model.Quote{Text: q[1], Form: model.QuoteDirect, Speaker: q[0], Start: i, End: i + len(q[1])})
			a.People = append(a.People, model.Person{Name: q[0]})
		}
		return a
	}
	const en = "We have been patient for three years and got nothing but promises"
	arts := []*model.Article{
		art("Skerry Wire", "en", [2]string{"Ada Morrow", en}),
		art("Coast Post", "en", [2]string{"Ada Morrow", en}, [2]string{"Ada Morrow", "Our members will not sail until the offer is fair"}),
		art("Diario Costa", "es", [2]string{"Ada Morrow", "Hemos sido pacientes durante tres años y solo nos han dado promesas"},
			[2]string{"Luis Varga", "Los barcos no saldrán mañana del puerto de Vellin"}),
	}
	c := Compare(NewStory(arts), arts, nil)
	var got []string
	for _, e := range c.Exclusives {
		for _, q := range e.Quotes {
			got = append(got, e.Outlet+": "+q)
		}
	}
	want := []string{`Coast Post: Ada Morrow: "Our members will not sail until the offer is fair"`,
		`Diario Costa: Luis Varga: "Los barcos no saldrán mañana del puerto de Vellin"`}
	if !slices.Equal(got, want) {
		t.Errorf("exclusive quotations %q, want %q", got, want)
	}
}
