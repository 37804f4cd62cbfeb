package quotes

import (
	"math/rand"
	"slices"
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

// TestTokRangeList pins tokRangeList to the scan it replaced (every token
// from the first at or after lo until one ends after hi, those inside a
// segment left out, nil for none) on every byte range of a text with
// quotations.
func TestTokRangeList(t *testing.T) {
	text := "Velm said \u201cwe will go\u201d and then, later, \"no\" (twice) she said. \u201cYes.\u201d"
	x := newExtractor(people.Analyze(text))
	scan := func(t0, t1, lo, hi int) []int {
		var out []int
		for t := t0; t < t1; t++ {
			tk := x.toks[t]
			if tk.Start < lo {
				continue
			}
			if tk.End > hi {
				break
			}
			if !x.inSeg(tk.Start) {
				out = append(out, t)
			}
		}
		return out
	}
	for lo := 0; lo <= len(text); lo++ {
		for hi := lo - 1; hi <= len(text); hi++ {
			for _, r := range [][2]int{{0, len(x.toks)}, {2, len(x.toks) - 3}} {
				got, want := x.tokRangeList(r[0], r[1], lo, hi), scan(r[0], r[1], lo, hi)
				if !slices.Equal(got, want) || (got == nil) != (want == nil) {
					t.Fatalf("tokRangeList(%d, %d, %d, %d) = %v, want %v", r[0], r[1], lo, hi, got, want)
				}
			}
		}
	}
}

// TestLowerASCIIOnce pins rule ascii-once (nonASCII, one bit a token) to
// strings.ToLower on a text of some 300 tokens, non-ASCII ones scattered
// across the bit set's words, asked in random order, each many times.
func TestLowerASCIIOnce(t *testing.T) {
	var b strings.Builder
	words := []string{"Said", "\u0130stanbul", "ZÜRICH", "the", "O\u2019Dunn", "\u212a-Band", "NO", "x\xff", "Orla", "café"}
	for i := range 300 {
		b.WriteString(words[(i*7+i/13)%len(words)])
		b.WriteString(" ")
	}
	x := newExtractor(people.Analyze(b.String()))
	if len(x.toks) < 200 {
		t.Fatalf("only %d tokens", len(x.toks))
	}
	r := rand.New(rand.NewSource(3))
	for range 20 * len(x.toks) {
		i := r.Intn(len(x.toks))
		if got, want := x.lower(i), strings.ToLower(x.toks[i].Text); got != want {
			t.Fatalf("lower(%d: %q) = %q, want %q", i, x.toks[i].Text, got, want)
		}
	}
}
