package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCommonWordPlace pins rule commonWordPlace: in English a lone word
// after "in" that the text also writes in lower case, or with a capital
// inside, is no place; an unlisted town and a neighbourhood's portmanteau
// name still are. Invented text.
func TestCommonWordPlace(t *testing.T) {
	for _, c := range []struct {
		text, place string
		want        bool
	}{
		{"The academy offers a degree in Design. Good design takes years, its dean said.", "Design", false},
		{"Students learn to write scripts in TrackVelm, a tool the academy built.", "TrackVelm", false},
		{"Hundreds marched in Velmbury on Sunday against the new harbour fees.", "Velmbury", true},
		{"Rents rose fastest in SoBel, the old dock district, last year.", "SoBel", true},
	} {
		_, places := Find(c.text, Options{Lang: "en"})
		got := slices.ContainsFunc(places, func(e model.Entity) bool { return e.Name == c.place })
		if got != c.want {
			t.Errorf("%q: place %q found %v, want %v (places %v)", c.text, c.place, got, c.want, places)
		}
	}
}
