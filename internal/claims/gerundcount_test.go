package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGerundCount checks rule gerundCount on invented sentences: a gerund
// of harm or of leaving before a count makes its subject the counted noun
// and what befell it, in each Romance language.
func TestGerundCount(t *testing.T) {
	type got struct{ Unit, Subject string }
	get := func(c model.Claim) got { return got{c.Unit, c.Subject} }
	tests := []langCase[got]{
		{"es", "Un autobús volcó en Valdoria, dejando 40 pasajeros heridos.", []got{{"people", "pasajeros heridos"}}},
		{"es", "Un autobús volcó en Valdoria, hiriendo a 40 pasajeros.", []got{{"people", "pasajeros heridos"}}},
		{"fr", "Un car s'est renversé près de Valmont, blessant 40 passagers.", []got{{"people", "passagers blessés"}}},
		{"it", "Un autobus si è ribaltato a Velmora, ferendo 40 passeggeri.", []got{{"people", "passeggeri feriti"}}},
	}
	checkLang(t, tests, get)
}
