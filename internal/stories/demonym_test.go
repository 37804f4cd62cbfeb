package stories

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDemonymElsewhere pins rule demonym-elsewhere: a place one outlet
// names is not its exclusive when another outlet names it by its
// adjective, and is when the other outlet's word only starts like it or
// is in lower case.
func TestDemonymElsewhere(t *testing.T) {
	cases := []struct {
		place, other string
		alone        bool
	}{
		{"Orvania", "The Orvanian minister closed the pass on Monday.", false},
		{"Tarsco", "Two Tarscan lorries were stuck at the pass.", false},
		{"Lumbry", "The Lumbrian police escorted them.", false},
		{"Brenneny", "A Brennen haulier lost his load.", false},
		{"Kelbistan", "Kelbistani drivers waited overnight.", false},
		{"Velmar", "Velmarese traders closed their stalls.", false},
		{"Norrope", "Norropean carriers cancelled their flights.", false},
		{"North Skerry", "Rescuers reached a North Skerrian village.", false},
		{"Orvania", "Snow closed the pass on Monday.", true},
		{"Orvania", "Orvanianism was the minister's creed.", true},
		{"Velmar", "The velmarian pass was closed.", true},
		{"Orvania", "Orvan Holm closed the pass.", true},
	}
	for _, c := range cases {
		a := &model.Article{ID: "a", Outlet: "Skerry Wire", Text: "Snow closed the pass in " + c.place + " on Monday.", Places: []model.Entity{{Name: c.place}}}
		b := &model.Article{ID: "b", Outlet: "Coast Post", Text: c.other}
		arts := []*model.Article{a, b}
		cmp := Compare(NewStory(arts), arts, nil)
		alone := slices.ContainsFunc(cmp.Exclusives, func(e Exclusive) bool { return slices.Contains(e.Places, c.place) })
		if alone != c.alone {
			t.Errorf("%s / %q: only in Skerry Wire %v, want %v", c.place, c.other, alone, c.alone)
		}
	}
}
