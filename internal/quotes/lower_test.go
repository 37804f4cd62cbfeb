package quotes

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestLower pins extractor.lower to strings.ToLower of every token, asked
// twice (the second answer from the cache), on ASCII words, capitals,
// runes whose lower case is longer or shorter in bytes (İ, the Kelvin
// sign), apostrophes and an invalid byte.
func TestLower(t *testing.T) {
	text := "\u201cWe SAID no,\u201d said Velmar O\u2019Dunn of the U.S. \u0130stanbul \u212a-Band in Z\u00fcrich \xff. ALL-CAPS and lower\u2019s 3.5 Dr. Orla"
	x := newExtractor(people.Analyze(text))
	for round := 0; round < 2; round++ {
		for i, tk := range x.toks {
			if got, want := x.lower(i), strings.ToLower(tk.Text); got != want {
				t.Errorf("lower(%q) = %q, want %q", tk.Text, got, want)
			}
		}
	}
}
