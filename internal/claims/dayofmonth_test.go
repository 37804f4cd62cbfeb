package claims

import "testing"

// TestDayOfMonth checks rule dayOfMonth: a day written "23 de abril" is a
// date, no count of "de"; a count before "de" and no month stays one;
// rule ordinalDay: a day with its ordinal suffix ("1er mai") is a date.
func TestDayOfMonth(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		n          int
	}{
		{"es", "La audiencia será el miércoles 23 de abril en la capital.", 0},
		{"pt", "As manifestações de 7 de setembro reuniram apoiadores.", 0},
		{"es", "Unas 300 de las viviendas quedaron destruidas.", 1},
		// Rule ordinalDay: "1er mai", "1º de Maio".
		{"fr", "La manifestation aura lieu le 1er mai devant la mairie.", 0},
		{"pt", "A crise se agravou nas manifestações de 1º de Maio.", 0},
	} {
		if got := len(Extract(tt.text, Options{Lang: tt.lang})); got != tt.n {
			t.Errorf("%s %q: %d claims, want %d", tt.lang, tt.text, got, tt.n)
		}
	}
}
