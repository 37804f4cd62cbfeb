package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAgeAside checks rule ageAside: an age set off by commas after the
// subject leaves the subject to the figure's clause; a number past
// maxAge is no age.
func TestAgeAside(t *testing.T) {
	get := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"", "The Tarvin Rovers striker, 23, has scored 17 goals in 21 games this season.", []string{"The Tarvin Rovers striker has scored goals in 21 games this season"}},
		{"", "Mara Velk, 42, earned £40,000 last year.", []string{"Mara Velk earned last year"}},
		{"", "The Velmar index, 250, rose 3% on Monday.", []string{"rose on Monday"}},
	}
	checkLang(t, tests, get)
}

// TestAgedAdverb checks rule agedAdverb on an invented sentence: an adverb
// of time after the auxiliary keeps the aged subject.
func TestAgedAdverb(t *testing.T) {
	cs := Extract("Velmar winger Tom Brisk, 21, has now scored 9 goals this season.", Options{})
	if len(cs) != 1 || cs[0].Subject != "Velmar winger Tom Brisk has now scored goals this season" {
		t.Errorf("got %+v, want the winger as subject", cs)
	}
}
