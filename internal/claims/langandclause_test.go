package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangAndClause checks rule langAndClause: a plain "and" before a
// determiner, with a figure on each side, ends one claim's clause and
// opens the next; a range keeps its "and".
func TestLangAndClause(t *testing.T) {
	type got struct{ Text, Subject string }
	tests := []langCase[got]{
		{"es", "La línea 1 de Montoria pasará cada 12 minutos y la línea 2 tendrá 14 trenes.", []got{
			{"la línea 2 tendrá 14 trenes", "trenes la línea 2 tendrá"}}},
		{"es", "La línea 1 tendrá 10 trenes y la línea 2 tendrá 14 trenes.", []got{
			{"La línea 1 tendrá 10 trenes", "trenes la línea 1 tendrá"},
			{"la línea 2 tendrá 14 trenes", "trenes la línea 2 tendrá"}}},
		{"es", "El billete de Montoria subirá entre el 3 y el 5 por ciento.", []got{
			{"El billete de Montoria subirá entre el 3 y el 5 por ciento", "el billete de Montoria subirá"}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, c.Subject} })
}
