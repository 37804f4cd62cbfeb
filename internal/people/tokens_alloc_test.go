package people

import (
	"runtime"
	"strings"
	"testing"
)

// TestTokenBound checks tokenBound against Tokenize: never below the
// token count (Tokenize's slice would grow), and equal on texts without
// joiners or abbreviation dots.
func TestTokenBound(t *testing.T) {
	for _, tc := range []struct {
		text  string
		exact bool
	}{
		{"", true},
		{"((((", true},
		{"Velmar said: \u201cno\u201d (twice).", true},
		{"  \u00a0\t 42% of 7 ", true},
		{"Zoë Brandt-Orr's 3.5 plan, Dr. Velm and U.S. crews", false},
		{"\u00e9\u0301t\u00e9 \u2014 l\u2019\u00e9quipe", false},
		{"\xff\xfe broken", true},
	} {
		got, n := tokenBound(tc.text), len(Tokenize(tc.text))
		if got < n || tc.exact && got != n {
			t.Errorf("tokenBound(%q) = %d, Tokenize made %d tokens", tc.text, got, n)
		}
	}
}

// maxTokenizeAllocPerByte bounds the bytes Tokenize allocates per byte of
// a text of symbols (a token of every byte): one 40-byte Token each, sized
// once. Growing the slice from a guess of len/5 allocated 207 bytes per
// byte (fuzz finding F1).
const maxTokenizeAllocPerByte = 48

// TestTokenizeAlloc is the regression test for the regrown token slice.
func TestTokenizeAlloc(t *testing.T) {
	text := strings.Repeat("(", 100_000)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	toks := Tokenize(text)
	runtime.ReadMemStats(&m1)
	if len(toks) != len(text) {
		t.Fatalf("%d tokens, want %d", len(toks), len(text))
	}
	if per := (m1.TotalAlloc - m0.TotalAlloc) / uint64(len(text)); per > maxTokenizeAllocPerByte {
		t.Errorf("Tokenize allocated %d bytes per input byte, want <= %d", per, maxTokenizeAllocPerByte)
	}
}
