package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangCommaCount checks rule langCommaCount: a bare count after a
// comma, a plural verb after it, counts the noun of the count before it;
// a figure after a comma with no such verb is left.
func TestLangCommaCount(t *testing.T) {
	type got struct {
		Text, Subject string
		Value         float64
	}
	tests := []langCase[got]{
		{"de", "Bei dem Brand starben 4 Bewohner, 30 wurden verletzt.", []got{
			{"Bei dem Brand starben 4 Bewohner", "Bewohner", 4},
			{"30 wurden verletzt", "Bewohner wurden verletzt", 30}}},
		{"fr", "Au total, 23 personnes sont mortes, 112 ont été évacuées.", []got{
			{"23 personnes sont mortes", "personnes sont mortes", 23},
			{"112 ont été évacuées", "personnes ont été évacuées", 112}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, c.Subject, *c.Value} })
}
