package analysis

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGivenNameTrade covers rule givenNameTrade of package entities: a
// name and a trade noun is a company, not a person, where the first word
// is a given name or the text speaks of a company (its shares, "said
// it"); a trade noun that is a surname too needs the text's word; a
// product's name on a menu is neither. Texts and names invented.
func TestGivenNameTrade(t *testing.T) {
	tests := []struct {
		text, name string
		company    bool
		person     bool
	}{
		{"Vesta Paper said it would close one of its two lines at the Orvik mill, cutting 200 jobs.", "Vesta Paper", true, false},
		{"Karin Textiles will move its dye works to Orvik next year, the town council said.", "Karin Textiles", true, false},
		{"Shares in Harlan Steel fell 4 percent on Tuesday. Harlan Steel declined to comment.", "Harlan Steel", true, false},
		{"The novelist Danel Steel signed copies at the Orvik fair. Steel said she writes at night.", "Danel Steel", false, true},
		{"Browse our Glossy Paper range for cards and prints.", "Glossy Paper", false, false},
	}
	for _, tt := range tests {
		a := &model.Article{Text: tt.text, Language: "en"}
		Analyze(a)
		company := slices.ContainsFunc(a.Organizations, func(e model.Entity) bool { return e.Name == tt.name && e.Type == "company" })
		person := slices.ContainsFunc(a.People, func(p model.Person) bool { return p.Name == tt.name })
		if company != tt.company || person != tt.person {
			t.Errorf("%q: %q company %v person %v, want %v %v (orgs %v, people %v)", tt.text, tt.name, company, person, tt.company, tt.person, a.Organizations, a.People)
		}
	}
}
