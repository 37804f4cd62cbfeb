package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAndShare checks rule andShare: a share right after the "and" that
// follows a figure is a claim of its own; a range's "and" joins its ends.
func TestAndShare(t *testing.T) {
	get := func(c model.Claim) float64 { return *c.Value }
	tests := []langCase[float64]{
		{"fr", "La commune de Valmont compte 12 000 habitants et 35 % d'entre eux ont plus de 60 ans.", []float64{12000, 35}},
		{"de", "Die Gemeinde Velmsee hat 12.000 Einwohner und 35 Prozent davon sind älter als 60 Jahre.", []float64{12000, 35}},
		{"fr", "Le chômage à Valmont touche entre 3 et 5 % des actifs.", []float64{3}},
	}
	checkLang(t, tests, get)
}
