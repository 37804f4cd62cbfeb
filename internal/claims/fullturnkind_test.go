package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFullTurnKind checks rule fullTurnKind: a 360 before a noun of
// pictures is a kind, no count; before another noun it counts. Texts
// invented.
func TestFullTurnKind(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The Tarnby shop reviewed the best 360 cameras this year.", nil},
		{"en", "The Velmor app yields realistic 360 degree photos of the coast.", nil},
		{"en", "The Tarnby shop sold 360 bicycles this year.", []string{"bicycles"}},
	}
	checkLang(t, tests, unit)
}
