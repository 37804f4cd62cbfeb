package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGluedNetworkG checks rule gluedNetworkG: a capital G glued to a
// figure is a network or a rule of admission, no grams; a small g and a
// spaced one stay weights. Texts invented.
func TestGluedNetworkG(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"de", "In den Gaststätten von Lindrau gilt ab Montag 2G.", nil},
		{"de", "Für das Hallenbad Kolb gilt ab Juni 3G.", nil},
		{"fr", "La 5G arrive à Montvoisin cet hiver.", nil},
		{"de", "Ein Laib aus der Bäckerei Hanke wiegt 500g.", []string{"g"}},
		{"de", "Ein Laib aus der Bäckerei Hanke wiegt 750 g.", []string{"g"}},
	}
	checkLang(t, tests, unit)
}
