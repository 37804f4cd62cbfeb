package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestScaleEnd checks rule scaleEnd: a dotted scale ends its sentence
// before an article or a pronoun, and not before the currency it scales.
func TestScaleEnd(t *testing.T) {
	type vu struct {
		v float64
		u string
	}
	get := func(c model.Claim) vu { return vu{*c.Value, c.Unit} }
	tests := []langCase[vu]{
		{"de", "Die Velmar AG setzte EUR 7,3 Mrd. um. Die Gruppe beschäftigt 6.200 Mitarbeiter.", []vu{{7.3e9, "EUR"}, {6200, UnitPeople}}},
		{"de", "Der Umbau in Brennau kostet CHF 4,2 Mio. Die Stadt zahlt 300.000 Franken.", []vu{{4.2e6, "CHF"}, {300000, "CHF"}}},
		{"de", "Die Stadt Brennau gibt 2,5 Mio. Euro für die Schule aus.", []vu{{2.5e6, "EUR"}}},
	}
	checkLang(t, tests, get)
}
