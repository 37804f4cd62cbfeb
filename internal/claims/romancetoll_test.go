package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRomanceToll checks rule romanceToll: a French, Spanish or Italian
// count in words below ten whose noun a toll word follows is a claim;
// ordinary small counts stay descriptions.
func TestRomanceToll(t *testing.T) {
	type got struct {
		Text  string
		Value float64
	}
	tests := []langCase[got]{
		{"fr", "Lors de la tempête, trois randonneurs ont été grièvement blessés près du col.", []got{
			{"trois randonneurs ont été grièvement blessés près du col", 3}}},
		{"es", "Dos pescadores murieron cuando la lancha volcó frente a la costa.", []got{
			{"Dos pescadores murieron cuando la lancha volcó frente a la costa", 2}}},
		{"it", "Quattro ciclisti sono rimasti feriti nello scontro sulla provinciale.", []got{
			{"Quattro ciclisti sono rimasti feriti nello scontro sulla provinciale", 4}}},
		{"fr", "Deux conseillers ont déclaré que le projet avançait.", nil},
		{"es", "Tres días después la carretera volvió a abrir.", nil},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, *c.Value} })
}
