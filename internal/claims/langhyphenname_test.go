package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangHyphenName checks rule langHyphenName: a number glued by a
// hyphen to the word before it is a name's, no count; a range of two
// figures joined by a hyphen stays.
func TestLangHyphenName(t *testing.T) {
	tests := []langCase[string]{
		{"de", "In Brennau lagen viele an Velmo-23 Erkrankte im Spital.", nil},
		{"de", "Auch die Ostler Kreuz-7 Gemeinschaft wächst.", nil},
		{"fr", "Le virus Velmo-23 inquiète moins les médecins de Valmont.", nil},
		{"es", "El virus Velmo-23 preocupa menos a los médicos de Montoria.", nil},
		{"de", "Die Mieten in Brennau stiegen um 3-5 Prozent.", []string{"percent"}},
	}
	checkLang(t, tests, func(c model.Claim) string { return c.Unit })
}
