package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPoundsMoney checks rule poundsMoney: a figure in pounds is money
// only in a currency's context (a scale, a word of money before it,
// "sterling" after it), else a weight. Texts invented.
func TestPoundsMoney(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The new Velmor scooter is heavy at 38 pounds.", []string{"pounds"}},
		{"en", "Riders around 200 pounds can expect a shorter range in Tarnby.", []string{"pounds"}},
		{"en", "The Tarnby court fined the driver 500 pounds on Monday.", []string{"GBP"}},
		{"en", "The Velmor club was sold for 5 million pounds last year.", []string{"GBP"}},
		{"en", "Orla Penn said the roof repairs came to 12,000 pounds sterling.", []string{"GBP"}},
	}
	checkLang(t, tests, unit)
}
