package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCalcioClub covers rule calcioClub: in Italian a town and "Calcio"
// name a football club; the lower-case word names none. Texts and names
// invented.
func TestCalcioClub(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"L'Orvieto Calcio ha battuto il Velmonte per 2-1 allo stadio Comunale.", "Orvieto Calcio", true},
		{"Il Velmonte Calcio ha esonerato l'allenatore dopo tre sconfitte.", "Velmonte Calcio", true},
		{"Il calcio italiano è in crisi, secondo gli esperti di Velmonte.", "calcio", false},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "it"})
		got := slices.ContainsFunc(orgs, func(e model.Entity) bool { return e.Name == tt.name && e.Type == "team" })
		if got != tt.want {
			t.Errorf("%q: team %q found %v, want %v (%v)", tt.text, tt.name, got, tt.want, orgs)
		}
	}
}
