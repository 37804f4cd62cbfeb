package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestGroupedFigure: a comma grouping a figure's digits is no phrase
// edge: the source, the speaker and the reported clause run over it
// (rule groupedFigure). Invented text.
func TestGroupedFigure(t *testing.T) {
	for _, c := range []struct {
		text string
		want []spoken
	}{
		{"Harbour survey\n\nAccording to figures from some 12,500 replies to the Orvania Harbour Survey, most traders want the pier open on Sundays.",
			[]spoken{{"most traders want the pier open on Sundays", "figures from some 12,500 replies to the Orvania Harbour Survey", "figures from some 12,500 replies to the Orvania Harbour Survey"}}},
		{"Harbour survey\n\nA survey of 4,500 ferry users found that most want later sailings.",
			[]spoken{{"that most want later sailings", "A survey of 4,500 ferry users", "A survey of 4,500 ferry users"}}},
		{"Harbour survey\n\nAda Quell, who polled 1,200 traders last spring, said the market needs a roof.",
			[]spoken{{"the market needs a roof", "Ada Quell", "Ada Quell, who polled 1,200 traders last spring,"}}},
	} {
		checkSpoken(t, c.text, c.want)
	}
}

// TestDigitComma: only a comma glued between two digits is a figure's;
// a thousands comma is no token of its own any more (people's rule
// groupedDigits), so what is left here is the decimal comma.
func TestDigitComma(t *testing.T) {
	for _, c := range []struct {
		text  string
		comma bool
	}{
		{"3,5 Prozent mehr", true},
		{"um 2,75 Prozent", true},
		{"12,500 replies", false}, // one token (people's rule groupedDigits)
		{"in 2024, 300 more", false},
		{"ages 5,and up", false},
		{"Quell, 58, said", false},
	} {
		x := newExtractor(people.Analyze(c.text))
		got := false
		for k := range x.toks {
			if x.digitComma(k) {
				got = true
				if x.isComma(k) || !x.isWord(k) {
					t.Errorf("%q: a figure's comma read as punctuation", c.text)
				}
			}
		}
		if got != c.comma {
			t.Errorf("%q: figure comma %v, want %v", c.text, got, c.comma)
		}
	}
}
