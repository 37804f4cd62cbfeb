package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCityAdministration covers rule cityAdministration: in French a
// city's, a region's or a département's administration named by its
// head ("la Ville de Velmont") is a public body. Texts invented.
func TestCityAdministration(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Les agents de la Ville de Velmont seront consultés, a indiqué la directrice.", "Ville de Velmont"},
		{"Le projet est financé par la Région Velmance et l'État.", "Région Velmance"},
		{"Le Département de l'Orvaine a voté une aide aux éleveurs.", "Département de l'Orvaine"},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "fr"})
		if !slices.ContainsFunc(orgs, func(e model.Entity) bool { return e.Name == tt.name && e.Type == "government" }) {
			t.Errorf("%q: no public body %q in %v", tt.text, tt.name, orgs)
		}
	}
}
