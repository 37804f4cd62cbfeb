package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestHalfScale checks rule halfScale: a scale and a half, written after
// it with "and" or before it in one word, is half the scale more, and the
// currency after it stays the figure's.
func TestHalfScale(t *testing.T) {
	type vu struct {
		v float64
		u string
	}
	get := func(c model.Claim) vu { return vu{*c.Value, c.Unit} }
	tests := []langCase[vu]{
		{"fr", "La ville de Valmont investit un million et demi d'euros.", []vu{{1.5e6, "EUR"}}},
		{"es", "Tarmesa recibió dos millones y medio de euros.", []vu{{2.5e6, "EUR"}}},
		{"it", "Il comune di Valdoria investe un milione e mezzo di euro.", []vu{{1.5e6, "EUR"}}},
		{"pt", "A prefeitura de Valdora vai investir um milhão e meio de reais.", []vu{{1.5e6, "BRL"}}},
		{"de", "Die Stadt Velmsee investiert eineinhalb Millionen Euro.", []vu{{1.5e6, "EUR"}}},
		{"de", "Die Stadt Velmsee erhielt zweieinhalb Millionen Euro.", []vu{{2.5e6, "EUR"}}},
		{"nl", "De gemeente Veldhoven trekt anderhalf miljoen euro uit.", []vu{{1.5e6, "EUR"}}},
	}
	checkLang(t, tests, get)
}
