package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCommaMore checks rule commaMore: a whole figure, in digits or in
// words, after a comma and a count, "more" or "fewer" after it, is the
// count's change in its noun; with no count before it, none.
func TestCommaMore(t *testing.T) {
	type got struct {
		Text, Subject string
		Value         float64
	}
	tests := []langCase[got]{
		{"de", "Die Gemeinde Tarnhof stellt 18 Erzieher ein, 4 mehr als bisher.", []got{
			{"Die Gemeinde Tarnhof stellt 18 Erzieher ein", "die Gemeinde", 18},
			{"4 mehr als bisher", "Erzieher mehr als bisher", 4}}},
		{"de", "Die Gemeinde Tarnhof stellt 18 Erzieher ein, drei mehr als im Vorjahr.", []got{
			{"Die Gemeinde Tarnhof stellt 18 Erzieher ein", "die Gemeinde", 18},
			{"drei mehr als im Vorjahr", "Erzieher mehr als im Vorjahr", 3}}},
		{"es", "El colegio de Tarmesa tendrá 310 plazas, 40 más que en 2024.", []got{
			{"El colegio de Tarmesa tendrá 310 plazas", "plazas el colegio de Tarmesa tendrá", 310},
			{"40 más que en 2024", "plazas más que en 2024", 40}}},
		{"de", "Wie immer, drei mehr als nötig.", nil},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, c.Subject, *c.Value} })
}
