package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestHalfDozen checks rule halfDozen: "half a dozen" is six, "a dozen"
// twelve. Texts invented.
func TestHalfDozen(t *testing.T) {
	value := func(c model.Claim) float64 { return *c.Value }
	tests := []langCase[float64]{
		{"en", "The Dunmore rowing club hired half a dozen coaches.", []float64{6}},
		{"en", "Half a dozen councillors in Dunmore resigned on Friday.", []float64{6}},
		{"en", "The Dunmore rowing club hired a dozen coaches.", []float64{12}},
	}
	checkLang(t, tests, value)
}
