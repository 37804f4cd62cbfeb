package analysis

import "testing"

// TestGermanOwnerGenitive covers rule germanOwnerGenitive, and with
// entities' rule tradeName the Dutch and German firms named by their
// trade: a spokesman of the firm is not the firm. Texts and names
// invented.
func TestGermanOwnerGenitive(t *testing.T) {
	tests := []struct {
		lang, text, speaker string
	}{
		{"de", "Laut einem Sprecher der Baufirma Velmer fehlt es vor allem an Stahl.", "Sprecher der Baufirma Velmer"},
		{"de", "Laut dem Sprecher für die Brauerei Orlandt bleibt das Werk geöffnet.", "Sprecher für die Brauerei Orlandt"},
		{"de", "Laut einem Sprecher von Baufirma Velmer fehlt es vor allem an Stahl.", "Sprecher von Baufirma Velmer"},
		{"de", "Laut einem Sprecher der Softwarefirma Orvatek kommt das Update im Mai.", "Sprecher der Softwarefirma Orvatek"},
		{"en", "According to a spokeswoman for the charity Orlan Hope, the shelter will close.", "a spokeswoman for the charity Orlan Hope"},
		{"nl", "Volgens de woordvoerder van Bouwbedrijf Kremers is het tekort aan staal de belangrijkste oorzaak.", "de woordvoerder van Bouwbedrijf Kremers"},
	}
	for _, tt := range tests {
		checkOneSpeaker(t, tt.lang, tt.text, tt.speaker)
	}
}
