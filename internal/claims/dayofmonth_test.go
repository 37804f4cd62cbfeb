package claims

import "testing"

// TestDayOfMonth checks rule dayOfMonth: a day written "23 de abril" is a
// date, no count of "de"; a count before "de" and no month stays one;
// rule ordinalDay: a day with its ordinal suffix ("1er mai") is a date.
func TestDayOfMonth(t *testing.T) {
	checkClaimCounts(t, []claimCount{
		{"es", "La audiencia será el miércoles 23 de abril en la capital.", 0},
		{"pt", "As manifestações de 7 de setembro reuniram apoiadores.", 0},
		{"es", "Unas 300 de las viviendas quedaron destruidas.", 1},
		// Rule ordinalDay: "1er mai", "1º de junho".
		{"fr", "La manifestation aura lieu le 1er mai devant la mairie.", 0},
		{"pt", "A feira abre no dia 1º de junho no centro.", 0},
	})
}

// TestLegalSection checks rule legalSection: the numbers of a law's
// sections ("§ 12 Abs. 2", "§§ 4 bis 6", "Artikel 31 Absatz 2", "Abs. 5
// und 6") are no claims; a figure in the same sentence stays one.
func TestLegalSection(t *testing.T) {
	checkClaimCounts(t, []claimCount{
		{"de", "Die Stadt beruft sich auf § 12 Abs. 2 der Satzung.", 0},
		{"de", "Die Regeln der §§ 4 bis 6 gelten weiter.", 0},
		{"de", "Strittig bleibt Artikel 31 Absatz 2 des Vertrags.", 0},
		{"de", "Das Gericht prüfte § 40 Abs. 5 und 6 der Ordnung.", 0},
		{"de", "Nach § 7 der Satzung steigt die Gebühr auf 45 Euro.", 1},
	})
}

// TestURLNumber checks rule urlNumber: a number glued between a slash and
// letters is part of a short link, no claim; a figure after it stays.
func TestURLNumber(t *testing.T) {
	checkClaimCounts(t, []claimCount{
		{"it", "Il link è esempio.it/4kQzWm per il gioco.", 0},
		{"de", "Mehr unter example.de/7hTrXp und bei 40 Händlern.", 1},
	})
}

// claimCount is a case of the tests above: text in lang holds n claims.
type claimCount struct {
	lang, text string
	n          int
}

// checkClaimCounts checks each case's number of claims.
func checkClaimCounts(t *testing.T, cases []claimCount) {
	t.Helper()
	for _, tt := range cases {
		if got := len(Extract(tt.text, Options{Lang: tt.lang})); got != tt.n {
			t.Errorf("%s %q: %d claims, want %d", tt.lang, tt.text, got, tt.n)
		}
	}
}
