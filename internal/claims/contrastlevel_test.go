package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangContrastLevel checks rule langContrastLevel: a figure set
// against the one before it, in its unit, after a comma and a word of
// contrast, measures what that one measured, with the words after it up
// to a bracket; a figure in another unit after German "nach" is none of
// it.
func TestLangContrastLevel(t *testing.T) {
	get := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"fr", "La participation à Valmont a atteint 64 %, contre 58 % en 2021.", []string{"la participation à Valmont", "la participation en 2021"}},
		{"de", "Der Zuschuss für Velmsee beträgt 1,2 Millionen Euro, nach 900.000 Euro im Vorjahr.", []string{"der Zuschuss für Velmsee", "der Zuschuss im Vorjahr"}},
		{"es", "La subvención de Tarmesa alcanza 1,2 millones de euros, frente a los 900.000 euros del año pasado.", []string{"la subvención de Tarmesa", "la subvención de Tarmesa del año pasado"}},
		{"nl", "De subsidie voor Veldhoven bedraagt 1,2 miljoen euro, tegen 900.000 euro vorig jaar.", []string{"de subsidie voor Veldhoven", "de subsidie vorig jaar"}},
		// A bracket ends the words after the figure.
		{"fr", "Le chômage des jeunes à Valmont atteint 18 %, contre 21 % dans la région) et reste élevé.", []string{"le chômage des jeunes à Valmont", "le chômage des jeunes dans la région"}},
		// Rule beneficiaryContrast: a figure for another party is no
		// value of the actor; of the group before it, it is.
		{"fr", "Le maire Paul Orrin a obtenu 41 %, contre 35 % pour son rival.", []string{"le maire Paul Orrin a obtenu", "pour son rival"}},
		{"fr", "Le parti Orrin a obtenu 41 % des voix, contre 35 % pour la Ligue de Velmar.", []string{"voix", "voix pour la Ligue de Velmar"}},
		{"de", "Der Umsatz von Velmar stieg um 12 Prozent, nach 300 Entlassungen im Vorjahr.", []string{"der Umsatz von Velmar stieg", "Entlassungen"}},
	}
	checkLang(t, tests, get)
}
