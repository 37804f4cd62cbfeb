package people

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDocLower pins Doc.lower and Doc.lowerBare to strings.ToLower of the
// token's text (and of Bare of it) for every token, on capitals, runes
// whose lower case changes byte length (İ, the Kelvin sign), possessives
// in either case and an invalid byte.
func TestDocLower(t *testing.T) {
	text := "Velmar O\u2019DUNN\u2019s team and JONES'S Dr. Orla \u0130stanbul \u212a-Band Z\u00fcrich \xff U.S. plan's 3.5% NATO's"
	d := Analyze(text)
	for round := 0; round < 2; round++ {
		for _, tk := range d.Tokens {
			if got, want := d.lower(tk), strings.ToLower(tk.Text); got != want {
				t.Errorf("lower(%q) = %q, want %q", tk.Text, got, want)
			}
			if got, want := d.lowerBare(tk), strings.ToLower(Bare(tk.Text)); got != want {
				t.Errorf("lowerBare(%q) = %q, want %q", tk.Text, got, want)
			}
		}
	}
	for k := range d.Tokens {
		if got, want := d.LowerToken(k), strings.ToLower(d.Tokens[k].Text); got != want {
			t.Errorf("LowerToken(%d) = %q, want %q", k, got, want)
		}
	}
}

// TestTaken checks the taken bit set against a slice of bools on every
// offset of a text whose length is no multiple of 64, the last included.
func TestTaken(t *testing.T) {
	d := &Doc{Text: strings.Repeat("x", 130)}
	d.taken = make([]uint64, (len(d.Text)+1+63)/64)
	want := make([]bool, len(d.Text)+1)
	for _, i := range []int{0, 1, 63, 64, 65, 127, 128, 130} {
		d.take(i)
		want[i] = true
	}
	for i := range want {
		if d.isTaken(i) != want[i] {
			t.Errorf("isTaken(%d) = %v, want %v", i, d.isTaken(i), want[i])
		}
	}
}

// TestLowerASCII checks model.LowerASCII (Doc.LowerText) against lowering each ASCII letter
// byte by byte, other bytes kept, on texts with capitals at either end.
func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "a", "A", "abc", "ABC", "Hello, World", "\u00c9t\u00e9 \u0130 K\xff Z", "zZ", "Zz"} {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if got := model.LowerASCII(s); got != string(b) {
			t.Errorf("model.LowerASCII(%q) = %q, want %q", s, got, b)
		}
	}
}
