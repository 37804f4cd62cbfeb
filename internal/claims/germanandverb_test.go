package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGermanAndVerb checks rule germanAndVerb: a lower-case verb after a
// German "und" opens a second predicate, whose figure is a claim of its
// own; a list of figures ("und zu ...") and an adjective or possessive
// before a noun keep one claim; hours ("2 Std.") are time, no claim.
func TestGermanAndVerb(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"de", "Der Turm in Velda ist 40 Meter hoch und kostete etwa 12 Millionen Euro.", []got{{40, "meter"}, {12e6, "EUR"}}},
		{"de", "Die Hütte in Brenn ist zu 100 Prozent aus Holz und zu 90 Prozent aus der Region.", []got{{100, "percent"}}},
		{"de", "In Brenn sind 40 Prozent der Wohnungen saniert und circa 30 Prozent der Dächer.", []got{{40, "percent"}}},
		{"de", "Die Velda AG hat 40 Prozent mehr Umsatz gemacht und seinen Gewinn um 12 Prozent gesteigert.", []got{{40, "percent"}}},
		{"de", "Den Teig 2 Std. ruhen lassen.", nil},
	}
	checkLang(t, tests, get)
}
