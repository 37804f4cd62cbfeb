package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRatingScore checks rule ratingScore: a rating out of a scale, in
// stars, with a decimal score or after a word of rating, is neither a
// ratio nor a count of its scale's stars; a share of things out of a
// whole stays a ratio. Texts invented.
func TestRatingScore(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "Shoppers rated the Corran kettle 2 out of 5 stars.", nil},
		{"en", "The Velmor blender scored 3.6 out of 5 in our kitchen tests.", nil},
		{"en", "The Harlow hotel has a rating of 6 out of 9 on the site.", nil},
		{"en", "From Velmor 3.5 out of 5 stars", nil},
		{"en", "Dunmore scored 3 out of 4 penalties in the final.", []string{UnitRatio}},
		{"en", "Nearly 7 out of 10 tenants in Harlow backed the plan.", []string{UnitRatio}},
	}
	checkLang(t, tests, unit)
}
