package entities

import (
	"runtime"
	"strings"
	"testing"
)

// TestWordBound checks wordBound against tokenize: never below the token
// count (the slice would grow), and equal on text without joiners.
func TestWordBound(t *testing.T) {
	for _, tc := range []struct {
		text  string
		exact bool
	}{
		{"", true},
		{"4% 4% 4%", true},
		{"Velmar Dunst, 42, said (twice)", true},
		{"\u00c9mile Ørsted \u2014 \u0661\u0662 \xff x", true},
		{"O\u2019Vann of the U.S. and Brell&Co in al-Tarim, St. Orvel", false},
	} {
		got, n := wordBound(tc.text), len(tokenize(tc.text))
		if got < n || tc.exact && got != n {
			t.Errorf("wordBound(%q) = %d, tokenize made %d tokens", tc.text, got, n)
		}
	}
}

// maxTokenizeAllocPerByte bounds the bytes tokenize allocates per byte of
// a line dense in short words ("4% ", a token every three bytes): one
// token each, sized once, is 21 with 64-byte tokens (32 with the 96-byte
// tokens that held the strings raw and elision; go test
// ./internal/entities -run TestTokenizeAlloc -v logs it). The regrown
// slice took 159 (fuzz finding F2).
const maxTokenizeAllocPerByte = 28

// TestTokenizeAlloc is the regression test for the regrown token slice.
func TestTokenizeAlloc(t *testing.T) {
	text := strings.Repeat("4% ", 30_000)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	toks := tokenize(text)
	runtime.ReadMemStats(&m1)
	if len(toks) != 30_000 {
		t.Fatalf("%d tokens, want 30000", len(toks))
	}
	per := (m1.TotalAlloc - m0.TotalAlloc) / uint64(len(text))
	t.Logf("tokenize allocated %d bytes per input byte", per)
	if per > maxTokenizeAllocPerByte {
		t.Errorf("tokenize allocated %d bytes per input byte, want <= %d", per, maxTokenizeAllocPerByte)
	}
}
