package people

import (
	"strings"
	"testing"
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
