package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestArticleRange checks rule articleRange: a range whose ends each
// take their article ("entre el 2 y el 3 por ciento") is one claim from
// the lower end to the upper; a range of days stays no claim.
func TestArticleRange(t *testing.T) {
	type got struct {
		Unit     string
		Min, Max float64
	}
	tests := []langCase[got]{
		{"es", "La inflación se situó entre el 2 y el 3 por ciento.", []got{{"percent", 2, 3}}},
		{"it", "L'inflazione sarà tra il 2 e il 3 per cento.", []got{{"percent", 2, 3}}},
		{"es", "Entre el 2 y el 3 de mayo llovió mucho.", nil},
	}
	checkLang(t, tests, func(c model.Claim) got {
		g := got{Unit: c.Unit, Min: *c.Value}
		if c.ValueMax != nil {
			g.Max = *c.ValueMax
		}
		return g
	})
}
