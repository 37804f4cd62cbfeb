package quotes

import "testing"

// TestBracketedSource: an "according to" source named in full with its
// acronym in brackets is read past maxSpeakerWords in French and skipped
// over before German's verb (rule bracketedSource), where the quote was
// lost. Invented sentences.
func TestBracketedSource(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []spoken
	}{
		{"French long body", "fr",
			"Emploi\n\nSelon l'Office régional de la statistique et des études du travail de Velmont (Orset), le chômage a baissé de 0,3 point.",
			[]spoken{{"le chômage a baissé de 0,3 point", "Office régional de la statistique et des études du travail de Velmont", "l'Office régional de la statistique et des études du travail de Velmont (Orset)"}}},
		{"German verb second", "de",
			"Heizungen\n\nLaut dem Bundesverband der Velmer Ofenbauer (BVO) wurden im Herbst rund 8.000 neue Öfen verkauft.",
			[]spoken{{"wurden im Herbst rund 8.000 neue Öfen verkauft", "Bundesverband der Velmer Ofenbauer", "dem Bundesverband der Velmer Ofenbauer (BVO)"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpokenLang(t, c.text, c.lang, c.want) })
	}
}
