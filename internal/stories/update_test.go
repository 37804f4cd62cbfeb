package stories

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// updateStory is a wire report, another outlet's copy of it, and a later
// version by updOutlet ("UPDATE 1") with a figure revised and a paragraph
// added: invented text.
func updateStory(updOutlet string) (Comparison, []*model.Article) {
	const q = "Nobody will sleep in a car tonight"
	text := "VARSEN (Skerry Wire) — A forest fire above Varsen forced the evacuation of about 600 homes on Monday, emergency services said.\n\n" +
		"Mayor Ilse Brandt opened the sports hall to families. \"" + q + ",\" Brandt said."
	quote := func(t string) []model.Quote {
		i := strings.Index(t, q)
		return []model.Quote{{Text: q, Form: model.QuoteDirect, Speaker: "Ilse Brandt", Start: i, End: i + len(q)}}
	}
	claim := func(t, s string, v float64) []model.Claim {
		i := strings.Index(t, s)
		return []model.Claim{{Text: s, Value: &v, Unit: "homes", Subject: "homes", Start: i, End: i + len(s)}}
	}
	upd := strings.Replace(text, "about 600 homes", "about 800 homes", 1) + "\n\nThe evacuation was extended to two more villages in the afternoon."
	people := []model.Person{{Name: "Ilse Brandt"}}
	wire := &model.Article{ID: "wire", Outlet: "Skerry Wire", Title: "Forest fire forces evacuation near Varsen", Text: text,
		People: people, Quotes: quote(text), Claims: claim(text, "600 homes", 600)}
	post := &model.Article{ID: "post", Outlet: "Coast Post", Title: "Homes evacuated as fire spreads near Varsen", Text: text,
		People: people, Quotes: quote(text), Claims: claim(text, "600 homes", 600)}
	update := &model.Article{ID: "update", Outlet: updOutlet, Title: "UPDATE 1-Forest fire forces evacuation near Varsen", Text: upd,
		People: people, Quotes: quote(upd), Claims: claim(upd, "800 homes", 800)}
	arts := []*model.Article{wire, post, update}
	return Compare(NewStory(arts), arts, map[string]string{"post": "wire", "update": "wire"}), arts
}

// TestOwnUpdate: rule own-update. The wire's later version of its own
// report is its update: the story view says so, not that the wire copied
// itself, and its quotation is not listed again as the wire's "(copy)".
func TestOwnUpdate(t *testing.T) {
	c, _ := updateStory("Skerry Wire")
	got := variantLines(c, func(sq SpeakerQuotes, v QuoteVariant) string { return sq.Speaker })
	if want := []string{"Ilse Brandt: Skerry Wire, Coast Post (copy)"}; !slices.Equal(got, want) {
		t.Errorf("wordings %q, want %q", got, want)
	}
	var b bytes.Buffer
	if err := c.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); !strings.Contains(s, "republished by Skerry Wire: update") || !strings.Contains(s, "copied by Coast Post: post") {
		t.Errorf("story view:\n%s\nwant the update as the wire's update and the post's copy as a copy", s)
	}
}

// TestAdditionsAnalysed: rule additions-analysed. A copy that added a
// figure and no quotation has its additions compared with no quotation
// of their own: its text's quotations, all its source's, were listed
// again as unattributed and as its outlet's alone.
func TestAdditionsAnalysed(t *testing.T) {
	c, _ := updateStory("Valley Times")
	got := variantLines(c, func(sq SpeakerQuotes, v QuoteVariant) string { return sq.Speaker })
	if want := []string{"Ilse Brandt: Skerry Wire, Coast Post (copy), Valley Times (copy)"}; !slices.Equal(got, want) {
		t.Errorf("wordings %q, want %q", got, want)
	}
	for _, e := range c.Exclusives {
		if len(e.Quotes) > 0 {
			t.Errorf("%s listed as alone quoting %q", e.Outlet, e.Quotes)
		}
	}
}

// TestOwnUpdateReworded: rule own-update where the update reworded one
// passage of a split quotation: the passage it kept is the wire's, not
// the wire's "(copy)".
func TestOwnUpdateReworded(t *testing.T) {
	const a, a2, b = "We opened the sports hall to every family", "We opened the sports hall to all families", "Nobody will sleep in a car."
	text := "VARSEN (Skerry Wire) — A forest fire above Varsen forced hundreds of families from their homes on Monday.\n\n\"" + a + ",\" Mayor Ilse Brandt said. \"" + b + "\""
	upd := strings.Replace(text, a, a2, 1)
	people := []model.Person{{Name: "Ilse Brandt"}}
	wire := &model.Article{ID: "wire", Outlet: "Skerry Wire", Title: "Forest fire near Varsen", Text: text, People: people,
		Quotes: []model.Quote{splitQuote(text, a, b, "Ilse Brandt")}}
	update := &model.Article{ID: "update", Outlet: "Skerry Wire", Title: "UPDATE 1-Forest fire near Varsen", Text: upd, People: people,
		Quotes: []model.Quote{splitQuote(upd, a2, b, "Ilse Brandt")}}
	arts := []*model.Article{wire, update}
	c := Compare(NewStory(arts), arts, map[string]string{"update": "wire"})
	for _, l := range variantLines(c, func(sq SpeakerQuotes, v QuoteVariant) string { return v.Text }) {
		if strings.Contains(l, copySuffix) {
			t.Errorf("wording %q: the wire's own update listed as a copy", l)
		}
	}
}

// TestRevisedFigure: rule revised-figure. A copy that changed the figure
// of a sentence it kept ("about 600 homes" to "about 800 homes") gives a
// new value of the same measure: one group, the two values in it, not
// two groups under one heading with the new value its outlet's alone.
func TestRevisedFigure(t *testing.T) {
	for _, outlet := range []string{"Skerry Wire", "Valley Times"} {
		c, _ := updateStory(outlet)
		if len(c.Claims) != 1 || len(c.Claims[0].Values) != 2 {
			t.Errorf("%s: figures %+v, want one measure of two values", outlet, c.Claims)
		}
		for _, e := range c.Exclusives {
			if len(e.Claims) > 0 {
				t.Errorf("%s: %s listed as alone giving %q", outlet, e.Outlet, e.Claims)
			}
		}
	}
}

// TestRevisedFigureKept: a copy that kept its source's figure in the
// sentence and added another of the same unit revised nothing: the
// added figure is no new value of the kept one (rule revised-figure).
func TestRevisedFigureKept(t *testing.T) {
	text := "A forest fire above Varsen forced the evacuation of about 600 homes on Monday, emergency services said."
	cpText := "A forest fire above Varsen forced the evacuation of about 600 homes on Monday and left 30 homes without power, emergency services said."
	claim := func(t, s string, v float64) model.Claim {
		i := strings.Index(t, s)
		return model.Claim{Text: s, Value: &v, Unit: "homes", Subject: "homes", Start: i, End: i + len(s)}
	}
	wire := &model.Article{ID: "wire", Outlet: "Skerry Wire", Title: "Forest fire near Varsen", Text: text, Claims: []model.Claim{claim(text, "600 homes", 600)}}
	cp := &model.Article{ID: "cp", Outlet: "Valley Times", Title: "Forest fire near Varsen", Text: cpText,
		Claims: []model.Claim{claim(cpText, "600 homes", 600), claim(cpText, "30 homes", 30)}}
	arts := []*model.Article{wire, cp}
	c := Compare(NewStory(arts), arts, map[string]string{"cp": "wire"})
	if len(c.Claims) != 2 {
		t.Errorf("figures %+v, want the 600 and the 30 homes apart", c.Claims)
	}
}

// TestRevisedFigureUnit: rule revised-figure pairs a copy's new value
// with the source's figure of its unit: a sentence that changed both its
// count of homes and its cost gives two revised figures, each in its own
// group, not the cost in the homes' group.
func TestRevisedFigureUnit(t *testing.T) {
	text := "The fire above Varsen destroyed about 600 homes and caused 5 million euros of damage, the county said."
	cpText := "The fire above Varsen destroyed about 800 homes and caused 7 million euros of damage, the county said."
	claim := func(t, s, unit string, v float64) model.Claim {
		i := strings.Index(t, s)
		return model.Claim{Text: s, Value: &v, Unit: unit, Subject: unit, Start: i, End: i + len(s)}
	}
	wire := &model.Article{ID: "wire", Outlet: "Skerry Wire", Title: "Fire near Varsen", Text: text,
		Claims: []model.Claim{claim(text, "600 homes", "homes", 600), claim(text, "5 million euros", "EUR", 5e6)}}
	cp := &model.Article{ID: "cp", Outlet: "Valley Times", Title: "Fire near Varsen", Text: cpText,
		Claims: []model.Claim{claim(cpText, "800 homes", "homes", 800), claim(cpText, "7 million euros", "EUR", 7e6)}}
	arts := []*model.Article{wire, cp}
	c := Compare(NewStory(arts), arts, map[string]string{"cp": "wire"})
	if len(c.Claims) != 2 || len(c.Claims[0].Values) != 2 || len(c.Claims[1].Values) != 2 {
		t.Errorf("figures %+v, want the homes and the cost, two values each", c.Claims)
	}
}

// TestUpdateJSON: rule update-json. The JSON marks the wire's own later
// version as its update, as the text view does, and another outlet's
// copy as none; an update of another outlet's name is a copy.
func TestUpdateJSON(t *testing.T) {
	for _, tc := range []struct {
		outlet string
		want   map[string]bool
	}{
		{"Skerry Wire", map[string]bool{"post": false, "update": true}},
		{"Harbour Daily", map[string]bool{"post": false, "update": false}},
	} {
		c, _ := updateStory(tc.outlet)
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Outlets []struct {
				Articles []struct {
					Copies []struct {
						ID     string `json:"id"`
						Update bool   `json:"update"`
					} `json:"copies"`
				} `json:"articles"`
			} `json:"outlets"`
		}
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, o := range got.Outlets {
			for _, a := range o.Articles {
				for _, cp := range a.Copies {
					n++
					if cp.Update != tc.want[cp.ID] {
						t.Errorf("%s: copy %s update %v, want %v", tc.outlet, cp.ID, cp.Update, tc.want[cp.ID])
					}
				}
			}
		}
		if n != len(tc.want) {
			t.Errorf("%s: %d copies in the JSON, want %d", tc.outlet, n, len(tc.want))
		}
	}
}
