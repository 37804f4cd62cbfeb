package stories

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSurnameElsewhere pins rule surname-elsewhere: a person one outlet
// names in full is not its exclusive when another outlet names them by
// the surname alone, and is when the other outlet's surname is another
// name's part, a list's entry, a compound's part or one of its places.
func TestSurnameElsewhere(t *testing.T) {
	const full = "Harbour master Ada Varga closed the pier on Monday."
	cases := []struct {
		name, other string
		places      []string
		alone       bool
	}{
		{"surname alone", "The pier stays shut, Mr. Varga said on Monday.", nil, false},
		{"surname opening a sentence", "The pier is shut. Varga gave no date for its reopening.", nil, false},
		{"another's full name", "The pier stays shut, Tom Varga told the council.", nil, true},
		{"a list's entry", "Crews: Holm (Kelby), Varga (Orvania), Lind (Skerry).", nil, true},
		{"a compound's part", "The Varga-Holm yard will repair the pier.", nil, true},
		{"a place", "Ferries were sent to Varga instead.", []string{"Varga"}, true},
	}
	for _, c := range cases {
		a := &model.Article{ID: "a", Outlet: "Skerry Wire", Text: full, People: []model.Person{{Name: "Ada Varga"}}}
		b := &model.Article{ID: "b", Outlet: "Coast Post", Text: c.other}
		for _, p := range c.places {
			b.Places = append(b.Places, model.Entity{Name: p})
		}
		arts := []*model.Article{a, b}
		cmp := Compare(NewStory(arts), arts, nil)
		alone := slices.ContainsFunc(cmp.Exclusives, func(e Exclusive) bool { return slices.Contains(e.People, "Ada Varga") })
		if alone != c.alone {
			t.Errorf("%s: Ada Varga only in Skerry Wire %v, want %v", c.name, alone, c.alone)
		}
	}
}
