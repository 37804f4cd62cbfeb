package entities

import (
	"slices"
	"testing"
)

// TestRussianQuotedKind pins rule russianQuotedKind on invented Russian
// sentences: a name in guillemets after a kind noun, in any case, is an
// organisation of its type, a listed place inside it no place; a name in
// guillemets with no kind noun is left.
func TestRussianQuotedKind(t *testing.T) {
	tests := []struct {
		text   string
		orgs   []string
		typ    string
		places int
	}{
		{"Компания «Велмгаз» объявила о росте прибыли.", []string{"Велмгаз"}, "company", 0},
		{"Ставки снизили в банке «Велм Капитал».", []string{"Велм Капитал"}, "company", 0},
		{"Партия «Единая Велмия» и партия «Новые Велмы» выступили против.", []string{"Единая Велмия", "Новые Велмы"}, "party", 0},
		{"Депутаты партии «Единая Россия» выступили против.", []string{"Единая Россия"}, "party", 0},
		{"«Велмгаз» объявил о росте прибыли.", nil, "", 0},
		// Too long a run for a name.
		{"Компания «Велм Один Два Три Пять» объявила о росте.", nil, "", 0},
		// A result verb: the clubs.
		{"«Велмзенит» обыграл «Велмспартак» в Москве.", []string{"Велмзенит", "Велмспартак"}, "team", 1},
	}
	for _, tt := range tests {
		orgs, places := Find(tt.text, Options{Lang: "ru"})
		var on []string
		for _, o := range orgs {
			on = append(on, o.Name)
			if o.Type != tt.typ {
				t.Errorf("%q: %s typed %q, want %q", tt.text, o.Name, o.Type, tt.typ)
			}
		}
		if !slices.Equal(on, tt.orgs) || len(places) != tt.places {
			t.Errorf("%q: organisations %q, places %v; want %q and %d places", tt.text, on, places, tt.orgs, tt.places)
		}
	}
}
