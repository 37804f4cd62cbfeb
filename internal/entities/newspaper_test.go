package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestNewspaperNames covers the kind word Register (kinds.txt) with rule
// registerVerb, and rule dailyKindNoun: a newspaper named by "Register"
// or after "daily" or "tabloid" is a newspaper; "Register" before a
// verb's complement is a web page's button. Texts and names invented.
func TestNewspaperNames(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The Velmton Register reported on Sunday that the petition had 4,000 signatures.", "Velmton Register", true},
		{"The story ran in the daily Le Courrier Velmois on Monday.", "Le Courrier Velmois", true},
		{"It was picked up by the tabloid Velm Daily Star.", "Velm Daily Star", true},
		{"Summer concerts with the Velmar Choir Register Today to sing with us.", "Velmar Choir Register", false},
		{"Join the Orvik Fun Run Register for a Place before June.", "Orvik Fun Run Register", false},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "en"})
		got := slices.ContainsFunc(orgs, func(e model.Entity) bool { return e.Name == tt.name && e.Type == "newspaper" })
		if got != tt.want {
			t.Errorf("%q: newspaper %q found %v, want %v (%v)", tt.text, tt.name, got, tt.want, orgs)
		}
	}
}
