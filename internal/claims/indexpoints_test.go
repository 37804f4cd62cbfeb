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

// TestGermanPoints checks rule germanPoints: German and Dutch points that
// are no percentage points are in the unit "points", not a count of the
// word.
func TestGermanPoints(t *testing.T) {
	get := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"de", "Der Index der Börse Velmsee fiel um 120 Punkte.", []string{UnitIndexPoints}},
		{"nl", "De index van de beurs in Veldhoven daalde met 12 punten.", []string{UnitIndexPoints}},
		{"de", "Die Inflation in Velmsee sank um 0,3 Punkte auf 2,1 Prozent.", []string{UnitPoints, UnitPercent}},
	}
	checkLang(t, tests, get)
}
