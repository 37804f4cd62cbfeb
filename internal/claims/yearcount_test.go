package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestHedgedYearCount checks rule hedgedYearCount: four digits of a
// year's range after a hedge and before a noun are a count; a year
// alone, one a plural it describes follows, or one before a verb or an
// article stays no claim.
func TestHedgedYearCount(t *testing.T) {
	get := func(c model.Claim) float64 { return *c.Value }
	tests := []langCase[float64]{
		{"en", "Around 2000 people gathered in the square in Dunmore on Saturday.", []float64{2000}},
		{"en", "More than 1950 homes in Dunmore lost power.", []float64{1950}},
		{"en", "Sales in Dunmore slipped back to roughly 2022 levels.", nil},
		{"de", "Rund 2000 Menschen kamen am Samstag zur Versammlung in Velmsee.", []float64{2000}},
		{"de", "Mehr als 2020 Menschen unterschrieben die Petition.", []float64{2020}},
		{"de", "Die Kirche von Velmsee steht seit über 2000 Jahren.", nil},
		{"fr", "Jusqu'à environ 2000 la ville de Valmont comptait une seule école.", nil},
		{"de", "Bis etwa 2000 gehörte die Fabrik in Velmsee 40 Familien.", []float64{40}},
		{"fr", "Environ 2000 personnes ont défilé samedi à Valmont.", []float64{2000}},
		{"es", "Cerca de 1900 vecinos de Tarmesa participaron en la consulta.", []float64{1900}},
		{"nl", "Ruim 2000 mensen kwamen naar het plein in Veldhoven-Noord.", []float64{2000}},
	}
	checkLang(t, tests, get)
}
