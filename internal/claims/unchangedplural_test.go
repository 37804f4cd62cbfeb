package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestUnchangedPlural checks rule unchangedPlural: a noun whose plural is
// its singular is what a count counts.
func TestUnchangedPlural(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "About 40,000 farmed salmon escaped from a pen near Kelvarra.", []got{{40000, "salmon"}}},
		{"", "Floods drowned 1,200 sheep on the Tarn estate.", []got{{1200, "sheep"}}},
		{"", "The airline grounded 12 aircraft on Monday.", []got{{12, "aircraft"}}},
	}
	checkLang(t, tests, get)
}
