package people

import "testing"

// TestAppositionSentenceEnd pins rule appositionSentenceEnd on invented
// Polish and Russian appositions closing their sentence: the capitalised
// word after the role's genitive complement is what the role is of, no
// person; a known given name there still names one.
func TestAppositionSentenceEnd(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"pl", "Ceny wzrosną, zapowiedziała we wtorek Ewa Velmik, ekonomistka banku Velmar."},
		{"pl", "Ceny wzrosną, zapowiedziała we wtorek Ewa Velmik, ekonomistka banku Velmar; rząd milczy."},
		{"ru", "Цены вырастут, заявила Ирина Велмова, аналитик банка Велмар."},
	} {
		ps := AnalyzeLang(tt.text, tt.lang).People
		if len(ps) != 1 {
			for _, p := range ps {
				t.Errorf("%q: person %q roles %q", tt.text, p.Name, p.Roles)
			}
		}
	}
	wantRole(t, "pl", "Ceny wzrosną, zapowiedział we wtorek Adam Velmik, prezes spółki Jan Velmar.", "Jan Velmar", "prezes spółki")
}
