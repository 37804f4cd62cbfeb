package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestNamedDollarRange checks that a range of bare "$" figures whose
// upper end names its dollar stays one range in that dollar. Texts
// invented.
func TestNamedDollarRange(t *testing.T) {
	type r struct {
		unit     string
		min, max float64
	}
	get := func(c model.Claim) r {
		m := 0.0
		if c.ValueMax != nil {
			m = *c.ValueMax
		}
		return r{c.Unit, *c.Value, m}
	}
	tests := []langCase[r]{
		{"en", "We paid between $100-$160 Canadian per night at the Tarnby inn.", []r{{"CAD", 100, 160}}},
		{"en", "Rooms cost $90-$120 AUD in Velmor.", []r{{"AUD", 90, 120}}},
		{"en", "Rooms cost $90-$120 in Velmor.", []r{{"USD", 90, 120}}},
	}
	checkLang(t, tests, get)
}
