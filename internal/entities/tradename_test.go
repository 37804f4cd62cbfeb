package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestTradeName covers rule tradeName: a Dutch or German firm named by
// its trade and its owner's name keeps the trade word; a lower-case
// Dutch trade, a German "Firma" bare or after an article, and a concern's description stay
// out of the name. Texts and names invented.
func TestTradeName(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"nl", "De woordvoerder van Bouwbedrijf Kremers zegt dat de bouw later begint.", "Bouwbedrijf Kremers"},
		{"nl", "Een chauffeur van Transportbedrijf Velders raakte gewond.", "Transportbedrijf Velders"},
		{"nl", "De oud-directeur van bouwbedrijf Velmbouw is aangehouden.", "Velmbouw"},
		{"de", "Ein Sprecher von Baufirma Orlandt bestätigte die Verzögerung.", "Baufirma Orlandt"},
		{"de", "Die Brauerei Velmsberger erhöht ihre Preise.", "Brauerei Velmsberger"},
		{"de", "Der Autokonzern Velmora streicht Stellen.", "Velmora"},
		{"de", "Die Firma Orlandt baut ein neues Werk.", "Orlandt"},
		{"de", "Die Belegschaft der Softwarefirma Orvatek streikt.", "Orvatek"},
		{"de", "Ein Lager der Elektro- und Dachdeckerfirma Orvatek brannte ab.", "Orvatek"},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: tt.lang})
		if !slices.ContainsFunc(orgs, func(e model.Entity) bool { return e.Name == tt.want }) {
			t.Errorf("%q: no organisation %q in %v", tt.text, tt.want, orgs)
		}
	}
}
