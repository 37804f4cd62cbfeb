package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDollarNationAfter checks rule dollarNationAfter: a nation's
// adjective right after a "$" figure names its dollar. Texts invented.
func TestDollarNationAfter(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The Tarnby clinic charged $13,300 Canadian for the procedure.", []string{"CAD"}},
		{"en", "The Velmor mine was sold for $2.5 million Australian last week.", []string{"AUD"}},
		{"en", "The Tarnby clinic charged $13,300 for the procedure.", []string{"USD"}},
	}
	checkLang(t, tests, unit)
}
