package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPrepositionStop checks rule prepositionStop: a preposition such as
// "among" or "against" ends the counted noun phrase, so the people after
// it are not what the figure counts. Texts invented.
func TestPrepositionStop(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "A Harlow College poll found Dara Quist leading by 12 points among older voters.", []string{"points"}},
		{"en", "Police in Velmor logged 318 assaults against refugees.", []string{"assaults"}},
		{"en", "Dunmore hired 40 nurses among other staff.", []string{UnitPeople}},
	}
	checkLang(t, tests, unit)
}
