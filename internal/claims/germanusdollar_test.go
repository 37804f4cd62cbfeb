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
		{"de", "Velmora meldete für das Jahr einen Gewinn von 2,7 Milliarden US-Dollar.", []string{"USD"}},
		{"de", "Die Lizenz für das Programm von Brandl kostet 95 US-Dollar.", []string{"USD"}},
	}
	checkLang(t, tests, unit)
}
