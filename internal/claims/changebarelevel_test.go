package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestChangeBareLevel checks rule changeBareLevel: a bare figure after a
// change in percent and a "to" word is the level reached, a claim of its
// own on what changed.
func TestChangeBareLevel(t *testing.T) {
	type vs struct {
		v float64
		s string
	}
	get := func(c model.Claim) vs { return vs{*c.Value, c.Subject} }
	tests := []langCase[vs]{
		{"de", "Die Zahl der Einsätze in Velmsee stieg um 12 Prozent auf 480.", []vs{{12, "die Zahl der Einsätze in Velmsee stieg"}, {480, "die Zahl der Einsätze"}}},
		{"nl", "Het aantal meldingen in Veldhoven steeg met 12 procent naar 480.", []vs{{12, "het aantal meldingen in Veldhoven steeg"}, {480, "het aantal meldingen"}}},
		{"es", "El número de llamadas en Tarmesa subió un 12 % hasta 480.", []vs{{12, "el número de llamadas en Tarmesa subió"}, {480, "el número de llamadas"}}},
	}
	checkLang(t, tests, get)
}
