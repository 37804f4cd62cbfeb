package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRomancePointSingular checks rule pointSingular in Spanish, Italian
// and Portuguese: a singular point with its adjective is a change in
// percentage points; a bare singular point is a place, no claim.
func TestRomancePointSingular(t *testing.T) {
	get := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"pt", "A taxa de desemprego em Valdora caiu 0,4 ponto percentual, para 7,9%.", []string{UnitPoints, UnitPercent}},
		{"es", "La tasa de paro de Tarmesa bajó 0,4 punto porcentual, hasta el 11,2%.", []string{UnitPoints, UnitPercent}},
		{"it", "Il tasso di disoccupazione a Valdoria è sceso di 0,6 punto percentuale.", []string{UnitPoints}},
		{"es", "Los vecinos de Tarmesa buscan llegar a un punto de encuentro.", nil},
	}
	checkLang(t, tests, get)
}
