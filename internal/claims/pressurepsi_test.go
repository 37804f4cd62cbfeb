package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPressurePSI checks rules poundsPerSquareInch and pressurePSI: a
// pressure in pounds per square inch, written out or as "psi", glued or
// spaced, comes out in psi; "psi" before a noun is a product's rating,
// and pounds of weight stay pounds. Texts invented.
func TestPressurePSI(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "The Harlow boiler reached 90 pounds per square inch on Monday.", []string{UnitPSI}},
		{"en", "The tyres of the Velmor van run at 35 psi.", []string{UnitPSI}},
		{"en", "The Kestrel pipeline operates at 1,200psi, the company said.", []string{UnitPSI}},
		{"en", "Orla Penn bought a 3,000 PSI washer for the yard.", nil},
		{"en", "The Corran calf weighs 90 pounds.", []string{"pounds"}},
	}
	checkLang(t, tests, unit)
}
