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

// TestLegalSection checks rule legalSection: the numbers of a law's
// sections ("§ 97 Abs. 1", "§§ 8 bis 10", "Artikel 84 Absatz 1", "Abs. 3
// und 4") are no claims; a figure in the same sentence stays one.
func TestLegalSection(t *testing.T) {
	for _, tt := range []struct {
		text string
		n    int
	}{
		{"Der Kläger könne gemäß § 97 Abs. 1 UrhG Unterlassung verlangen.", 0},
		{"Nach §§ 8 bis 10 TMG sind wir nicht verpflichtet.", 0},
		{"Spitzenreiter ist Artikel 84 Absatz 1 mit rund der Hälfte der Fälle.", 0},
		{"Die Voraussetzungen des § 90 Abs. 3 und 4 SVG sind erfüllt.", 0},
		{"Nach § 35e EnWG beträgt die Umlage 0,059 Cent je Kilowattstunde.", 1},
	} {
		if got := len(Extract(tt.text, Options{Lang: "de"})); got != tt.n {
			t.Errorf("%q: %d claims, want %d", tt.text, got, tt.n)
		}
	}
}

// TestURLNumber checks rule urlNumber: a number glued between a slash and
// letters is part of a short link, no claim; a figure after it stays.
func TestURLNumber(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		n          int
	}{
		{"it", "Il link è amzn.to/2iJFhRj per il gioco.", 0},
		{"de", "Mehr unter bit.ly/3wdTgn1 und bei 40 Händlern.", 1},
	} {
		if got := len(Extract(tt.text, Options{Lang: tt.lang})); got != tt.n {
			t.Errorf("%s %q: %d claims, want %d", tt.lang, tt.text, got, tt.n)
		}
	}
}
