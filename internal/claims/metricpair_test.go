package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMetricPair checks rule metricPair: two measures in one unit
// abbreviation joined by "and" or "or" are a claim each.
func TestMetricPair(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "The Vela hatchback comes with 64 kWh and 82 kWh of pack capacity.", []got{{64, "kWh"}, {82, "kWh"}}},
		{"", "The storm left 30cm or 45cm of snow on the Tarn passes.", []got{{30, "cm"}, {45, "cm"}}},
	}
	checkLang(t, tests, get)
}

// TestPairedNoun checks rule pairedNoun: the first measure of a pair
// measures the group after the second's "of", not the words before it.
func TestPairedNoun(t *testing.T) {
	tests := []langCase[string]{
		{"", "They'll have 64 kWh and 82 kWh of pack capacity, Orlo said.", []string{"pack capacity", "pack capacity"}},
		{"", "The storm left 30cm or 45cm of snow on the Tarn passes.", []string{"snow", "snow on the Tarn passes"}},
	}
	checkLang(t, tests, claimSubject)
}
