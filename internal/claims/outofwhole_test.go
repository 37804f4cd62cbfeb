package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestOutOfWhole checks rule outOfWhole: "31 out of the 40 wards" counts
// the part, as "31 of the 40 wards" does; "3 out of 10 wards" stays a
// ratio. Texts invented.
func TestOutOfWhole(t *testing.T) {
	value := func(c model.Claim) float64 { return *c.Value }
	tests := []langCase[float64]{
		{"en", "The Harlow party took 31 out of the 40 wards in the vote.", []float64{31}},
		{"en", "The Velmor party took 31 of the 40 wards in the vote.", []float64{31}},
		{"en", "The Corran party took 3 out of 10 wards in the vote.", []float64{0.3}},
	}
	checkLang(t, tests, value)
}
