package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRomanceIndexPoints checks rule romanceIndexPoints: bare points in a
// sentence with no share are an index's, no part of its subject; with a
// share they stay percentage points.
func TestRomanceIndexPoints(t *testing.T) {
	type us struct{ unit, subject string }
	get := func(c model.Claim) us { return us{c.Unit, c.Subject} }
	tests := []langCase[us]{
		{"fr", "L'indice de la Bourse de Valmont a perdu 120 points.", []us{{UnitIndexPoints, "l'indice de la Bourse de Valmont a perdu"}}},
		{"es", "El índice de Tarmesa perdió 120 puntos.", []us{{UnitIndexPoints, "el índice de Tarmesa perdió"}}},
		{"fr", "La popularité du maire de Valmont a chuté de 5 points, à 32 %.", []us{{UnitPoints, "la popularité du maire de Valmont a chuté"}, {UnitPercent, "la popularité du maire de Valmont"}}},
	}
	checkLang(t, tests, get)
}
