package quotes

import "testing"

// TestRoleOfGenitive: a German or Dutch role noun tied to whom it serves
// by a genitive article, "für" or "voor", or after an indefinite
// article, is the role's holder as written, one person (rule
// roleOfGenitive): it had a mention and no speaker after a speech verb,
// and a group flag after "volgens"/"laut". Invented text.
func TestRoleOfGenitive(t *testing.T) {
	cases := []struct {
		name, lang, text, quote, speaker string
	}{
		{"genitive der", "de", "Neuer Standort\n\n\"Wir wollen bis zum Herbst mit den Bauarbeiten beginnen\", sagte ein Sprecher der Baufirma Velt.",
			"Wir wollen bis zum Herbst mit den Bauarbeiten beginnen", "ein Sprecher der Baufirma Velt"},
		{"genitive des", "de", "Neuer Standort\n\n\"Wir rechnen mit einer Genehmigung im kommenden Frühjahr\", sagte ein Sprecher des Bauamts.",
			"Wir rechnen mit einer Genehmigung im kommenden Frühjahr", "ein Sprecher des Bauamts"},
		{"für", "de", "Neuer Standort\n\n\"Die Nachfrage nach unserem Bier ist stark gestiegen\", sagte der Sprecher für Brauerei Almhof.",
			"Die Nachfrage nach unserem Bier ist stark gestiegen", "der Sprecher für Brauerei Almhof"},
		{"volgens van", "nl", "Vertraging bij brug\n\nVolgens de woordvoerder van Bouwbedrijf Harmsen is de vertraging het gevolg van het natte weer.",
			"is de vertraging het gevolg van het natte weer", "de woordvoerder van Bouwbedrijf Harmsen"},
		{"volgens bare", "nl", "Vertraging bij brug\n\nVolgens de woordvoerder liggen de werkzaamheden nu drie weken achter op schema.",
			"liggen de werkzaamheden nu drie weken achter op schema", "de woordvoerder"},
		{"laut genitive", "de", "Streit um Standort\n\nLaut einem Sprecher der Baufirma Velt soll der Bau im Herbst beginnen und zwei Jahre dauern.",
			"soll der Bau im Herbst beginnen und zwei Jahre dauern", "Sprecher der Baufirma Velt"},
		{"definite holder named", "de", "Reform der Justiz\n\nDer Präsident des Landgerichts, Jorin Velm, hat die Pläne kritisiert.\n\n\"Wir brauchen mehr Personal und zwar schnell\", sagte der Präsident des Landgerichts.",
			"Wir brauchen mehr Personal und zwar schnell", "Jorin Velm"},
	}
	for _, c := range cases {
		checkPersonOf(t, c.name, c.lang, c.text, c.quote, c.speaker)
	}
}
