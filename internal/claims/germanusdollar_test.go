package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGermanUSDollar checks rule germanUSDollar: "US-Dollar" is the US
// dollar. Texts invented.
func TestGermanUSDollar(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"de", "Der Konzern Velmora rechnet mit 3,4 Milliarden US-Dollar Umsatz.", []string{"USD"}},
		{"de", "Ein Paar Stiefel von Brandl kostet 120 US-Dollar.", []string{"USD"}},
	}
	checkLang(t, tests, unit)
}
