package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSpelledThousand checks rule spelledThousand: Spanish and Portuguese
// "mil" joins the number words after it; after digits it stays a scale,
// and alone it is an idiom, no count.
func TestSpelledThousand(t *testing.T) {
	get := func(c model.Claim) float64 { return *c.Value }
	tests := []langCase[float64]{
		{"pt", "Mil e quinhentos moradores de Valdora participaram da audiência.", []float64{1500}},
		{"es", "Mil quinientos vecinos de Tarmesa participaron en la consulta.", []float64{1500}},
		{"es", "El proyecto de Tarmesa costará 3 mil millones de dólares.", []float64{3e9}},
		{"es", "Las madres de Tarmesa hacen mil cosas a la vez.", nil},
	}
	checkLang(t, tests, get)
}
