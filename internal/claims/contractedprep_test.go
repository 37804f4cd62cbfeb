package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestContractedPrepositions checks rule contractedPrepositions: an
// Italian or Portuguese preposition joined to its article is no count's
// unit, and a noun after a count still is.
func TestContractedPrepositions(t *testing.T) {
	get := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"it", "Il comune di Valdoria ha investito 12 milioni nelle scuole.", []string{""}},
		{"pt", "A prefeitura de Valdora investiu 12 milhões nas escolas.", []string{""}},
		{"pt", "A prefeitura distribuiu 300 mil pelos bairros de Valdora.", []string{""}},
		{"it", "Sono arrivati 300 turisti dalla costa a Valdoria.", []string{"turisti"}},
	}
	checkLang(t, tests, get)
}
