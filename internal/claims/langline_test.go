package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangLineNumber checks rule langLineNumber: the number of a transit
// line or platform is a name, no count, and the figure after it is read.
func TestLangLineNumber(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"fr", "La ligne 2 de Valbourg recevra 14 rames neuves.", []got{{14, "rames"}}},
		{"es", "La línea 9 de Montoria tendrá 14 trenes nuevos.", []got{{14, "trenes"}}},
		{"it", "La linea 3 di Verrano avrà 20 treni nuovi.", []got{{20, "treni"}}},
	}
	checkLang(t, tests, get)
}
