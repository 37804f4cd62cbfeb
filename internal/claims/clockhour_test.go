package claims

import "testing"

// TestClockHour checks rule clockHour: "a las 8" and "às 9" are clock
// times, no counts; a count after "a las" with its noun stays. Texts
// invented.
func TestClockHour(t *testing.T) {
	tests := []langCase[float64]{
		{"es", "El pleno de Villaverde empezará a las 8 de la tarde del jueves.", nil},
		{"pt", "A reunião em Porto Lindo começa às 9 horas.", nil},
		{"es", "La ayuda llegará a las 300 familias de Villaverde.", []float64{300}},
	}
	checkLang(t, tests, claimValue)
}
