package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMarginOfError checks rule marginOfError: a poll's margin of error
// is no claim, in English and in the other languages; its finding stays,
// and an error with no margin is left ("a clerical error cost").
func TestMarginOfError(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []langCase[got]{
		{"en", "Backing for the levy stood at 52%; the error margin is roughly 3 points either way.", []got{{"percent", 52}}},
		{"en", "The study has a margin of sampling error of ±2 percentage points.", nil},
		{"en", "The poll, which has an error margin of 3%, found 52% support the plan.", []got{{"percent", 52}}},
		{"en", "A clerical error cost the council £3m.", []got{{"GBP", 3e6}}},
		{"fr", "Le sondage a une marge d'erreur de 3 points.", nil},
		{"es", "La encuesta tiene un margen de error de 2,5 puntos.", nil},
		{"de", "Die Fehlertoleranz liegt bei 3 Prozentpunkten.", nil},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Unit, *c.Value} })
}
