package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFunctionWordUnit checks rule functionWordUnit: a German function
// word after a number (a footnote's, a list item's) is no counted noun.
func TestFunctionWordUnit(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []langCase[got]{
		{"de", "4 Dabei wurden keine Angaben gemacht.", nil},
		{"de", "7 Es handelt sich um eine grobe Schätzung.", nil},
		{"de", "Die Firma hatte statt 90 nur noch 60 Filialen.", []got{{"filialen", 60}}},
		{"de", "Die Stadt zählt 4.200 Einwohner.", []got{{"people", 4200}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Unit, *c.Value} })
}

// TestGluedSuffix checks rule gluedSuffix: letters glued to a German
// number make a decade or a designation, no count.
func TestGluedSuffix(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []langCase[got]{
		{"de", "Der Verein wurde in den 70er Jahren gegründet.", nil},
		{"de", "Das Lied stammt aus den 80er-Jahren.", nil},
		{"de", "In Kinos gilt ab Montag die 2G-Regel.", nil},
		{"de", "Der Hersteller zeigte einen 3D-gedruckten Rahmen.", nil},
		{"de", "Die Stadt baut 40 Kilometer Radwege.", []got{{"kilometer", 40}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Unit, *c.Value} })
}
