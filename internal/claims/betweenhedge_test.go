package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestBetweenHedge checks rule betweenHedge: a hedge after "between"
// keeps the range whole. Texts invented.
func TestBetweenHedge(t *testing.T) {
	bounds := func(c model.Claim) [2]float64 {
		b := [2]float64{claimValue(c), -1}
		if c.ValueMax != nil {
			b[1] = *c.ValueMax
		}
		return b
	}
	tests := []langCase[[2]float64]{
		{"en", "The Velmar scheme lifted output between just 0.2 and 0.4 per cent.", [][2]float64{{0.2, 0.4}}},
		{"en", "Between about 3 and 5 million riders used the Orvan line.", [][2]float64{{3e6, 5e6}}},
	}
	checkLang(t, tests, bounds)
}
