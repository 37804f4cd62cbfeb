package people

import "testing"

// TestMonthGivenName covers rule monthGivenName: in Spanish, which writes
// months in lower case, a capitalised month's word inside a sentence
// before a surname is a given name; the month opening a sentence, or
// alone, names no one. Texts and names invented.
func TestMonthGivenName(t *testing.T) {
	text := "La empresa recurrirá la sentencia, según el asesor Julio Velmonte."
	wantRole(t, "es", text, "Julio Velmonte", "asesor")
	for _, text := range []string{
		"Julio fue un mes caluroso en Velmar.",
		"Julio Velmar abrió sus piscinas.",
	} {
		if ps := AnalyzeLang(text, "es").People; len(ps) > 0 {
			t.Errorf("%q: people %+v, want none", text, ps)
		}
	}
}
