package entities

import (
	"slices"
	"testing"
)

// TestAmpersandName: capitalised names joined by a spaced "&" are an
// organisation (rule ampersandName); the negative cases each fail without
// their guard.
func TestAmpersandName(t *testing.T) {
	firstNames := func(w string) bool { return w == "Tom" }
	tests := []struct {
		text string
		want []string // "Name/type"
	}{
		{"Lund & Berg hired Jon Smyth last year, the firm said.", []string{"Lund & Berg/company"}},
		{"A spokeswoman for Lund & Berg said the firm would appeal.", []string{"Lund & Berg/company"}},
		{"The report was written by analysts at Marsh & Co last spring.", []string{"Marsh & Co/company"}},
		// Letters, a given name, two plurals, an abstract noun.
		{"She asked for a Q & A with the R & D staff on Monday.", nil},
		{"The children watched Tom & Jerry cartoons all morning.", nil},
		{"The shop moved its Candles & Lamps onto the rear shelves last week.", nil},
		{"He now works in Sales & Governance at the plant in town.", nil},
		// A label on a line of its own; a title in quotation marks.
		{"Food & Drink", nil},
		{"He appeared on the show “Velm & Friends” on Monday morning.", nil},
		// A word the text writes in lower case too.
		{"Read the Food & Drink pages for more food and drink today.", nil},
		// A hyphenated word; a capitalised run before the pair.
		{"The pack is Rainproof & Wind-Tight, the maker said.", nil},
		{"They met at Vell's Bar & Grill on the quay that night.", nil},
		{"They fitted Roofing, Glass & Timber units in the flats last week.", nil},
		{"The boxes marked By Hand & Post go out on the same day.", nil},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "en", FirstName: firstNames})
		var got []string
		for _, e := range orgs {
			got = append(got, e.Name+"/"+e.Type)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: orgs %q, want %q", tt.text, got, tt.want)
		}
	}
}
