package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangNounlessCount checks rule langNounlessCount: a count with no
// noun that opens its clause, an auxiliary and a word of a toll after it,
// counts people, in digits and in words, after a partitive too; a count
// before another verb, or after a word of its clause, stays no claim.
func TestLangNounlessCount(t *testing.T) {
	type got struct {
		Value         float64
		Unit, Subject string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit, c.Subject} }
	tests := []langCase[got]{
		{"de", "Zwei wurden bei dem Unfall in Harlingen getötet.", []got{{2, "people", "wurden bei dem Unfall in Harlingen getötet"}}},
		{"de", "Zwölf werden noch vermisst.", []got{{12, "people", "werden noch vermisst"}}},
		{"de", "Drei von ihnen wurden festgenommen.", []got{{3, "people", "wurden festgenommen"}}},
		{"fr", "Deux ont été tués sur la route de Vernay.", []got{{2, "people", "ont été tués sur la route de Vernay"}}},
		{"fr", "Trois d'entre eux ont été arrêtés.", []got{{3, "people", "ont été arrêtés"}}},
		{"fr", "Après la crue, 40 ont été évacués.", []got{{40, "people", "ont été évacués"}}},
		{"es", "Dos murieron en el accidente de Velanda.", []got{{2, "people", "murieron en el accidente de Velanda"}}},
		{"es", "40 resultaron heridos en Velanda.", []got{{40, "people", "resultaron heridos en Velanda"}}},
		{"de", "Zwei wurden in Harlingen gebaut.", nil},
		{"fr", "La police en a vu 40 ont été tués.", nil},
	}
	checkLang(t, tests, get)
}
