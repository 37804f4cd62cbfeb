package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRomanceVenue: rule romanceVenue reads a stadium's, a palace's, a
// theatre's or a park's name whole, a place of its type, and not its head
// alone nor the listed place of its complement as the text's place.
// Invented text; the cases fail with the venue heads removed.
func TestRomanceVenue(t *testing.T) {
	tests := []struct {
		name, lang, text string
		places           []string // "Name/type"
		orgs             []string
	}{
		{
			name: "French stadium named for a country",
			lang: "fr", text: "Les Bleus joueront au Stade de France samedi soir.",
			places: []string{"Stade de France/building"},
		},
		{
			name: "French palace named for a city, and a park",
			lang: "fr", text: "L'exposition ouvre au Palais de Tokyo. Les supporters du Parc des Princes ont chanté.",
			places: []string{"Palais de Tokyo/building", "Parc des Princes/park"},
		},
		{
			name: "French theatre named for an invented town",
			lang: "fr", text: "La pièce sera jouée au Théâtre de Velmont en mars.",
			places: []string{"Théâtre de Velmont/building"},
		},
		{
			name: "Spanish stadium with an article in its complement",
			lang: "es", text: "La final se jugará en el Estadio de la Velmeda el sábado.",
			places: []string{"Estadio de la Velmeda/building"},
		},
		{
			name: "Italian stadium with an adjective",
			lang: "it", text: "La partita si gioca allo Stadio Velmonico di sera.",
			places: []string{"Stadio Velmonico/building"},
		},
		{
			name: "Portuguese museum is an organisation",
			lang: "pt", text: "A exposição abre no Museu de Velmares em maio.",
			orgs: []string{"Museu de Velmares/organisation"},
		},
		{
			name: "a venue defined with its acronym is an organisation of no place's type",
			lang: "fr", text: "Le gala aura lieu au Palais des Velmcongrès (PDV). Le PDV accueille mille personnes.",
			orgs: []string{"Palais des Velmcongrès/organisation"},
		},
		{
			name: "a head alone names nothing",
			lang: "fr", text: "Le match se joue au Stade, puis à Lyon.",
			places: []string{"Lyon/city"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orgs, places := Find(tt.text, Options{Lang: tt.lang})
			var gotOrgs, gotPlaces []string
			for _, e := range orgs {
				gotOrgs = append(gotOrgs, e.Name+"/"+e.Type)
			}
			for _, e := range places {
				gotPlaces = append(gotPlaces, e.Name+"/"+e.Type)
			}
			if d := cmp.Diff(tt.places, gotPlaces); d != "" {
				t.Errorf("places (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.orgs, gotOrgs); d != "" {
				t.Errorf("orgs (-want +got):\n%s", d)
			}
		})
	}
}
