package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestIndustryNounBeforeName covers rule industryNounBeforeName: a
// German noun of a company's trade before its name is no word of the
// name; "Bauer" alone is a surname and a firm's name. Texts and names
// invented.
func TestIndustryNounBeforeName(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Der Maschinenbauer Velmtec AG aus Orvingen streicht 300 Stellen.", "Velmtec AG"},
		{"Der Versicherer Orvia SE meldete einen Gewinn.", "Orvia SE"},
		{"Die Bauer AG baut in Velmstadt ein neues Werk.", "Bauer AG"},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "de"})
		if !slices.ContainsFunc(orgs, func(e model.Entity) bool { return e.Name == tt.want }) {
			t.Errorf("%q: no organisation %q in %v", tt.text, tt.want, orgs)
		}
	}
}
