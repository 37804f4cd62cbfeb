package claims

import (
	"runtime"
	"strings"
	"testing"
)

// tokenBoundCases are texts whose tokens tokenize splits or joins in each
// way tokenBound must count at least once: words with apostrophes,
// numbers with separators, digits glued to letters, non-ASCII digits and
// letters, combining marks, invalid UTF-8 and odd white space.
var tokenBoundCases = []string{
	"",
	"   ",
	"The council said 1,200 people (4%) voted.",
	"Monday’s figures rose to £3m, or 3.5bn in rock'n'roll terms",
	"١٢٣ and ٤5 and 5٤",
	"naïve café 北京市 मानक हिन्दी",
	"\xff\xfe abc\x00def",
	"a\u00a0b\u2003c\u0085d",
	"((((((((",
	"\"\"\"\"\u201c\u201c\u201d",
	"x'", "'x", "x''y", "1.", ".1", "1,", "1,2,3.4.5",
}

// TestTokenBound: tokenBound is never below the number of tokens, so the
// slice tokenize sizes with it is never grown (its capacity is the bound).
func TestTokenBound(t *testing.T) {
	for _, s := range tokenBoundCases {
		toks := tokenize(s, 0)
		if b := tokenBound(s); len(toks) > b || cap(toks) != b {
			t.Errorf("tokenize(%q): %d tokens, capacity %d, bound %d", s, len(toks), cap(toks), b)
		}
	}
	// Exact where nothing is joined: three words, a symbol run.
	for s, want := range map[string]int{"one two three": 3, "((((": 4, "ab12cd": 3, "": 0} {
		if got := tokenBound(s); got != want {
			t.Errorf("tokenBound(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzTokenBound(f *testing.F) {
	for _, s := range tokenBoundCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if toks := tokenize(s, 0); len(toks) > tokenBound(s) {
			t.Fatalf("%d tokens over the bound %d", len(toks), tokenBound(s))
		}
	})
}

// maxAllocPerByte bounds what Extract allocates per byte of a sentence of
// symbols: its tokens are 56 bytes each, one a byte, and little else is
// kept. Growing the token slice from a guess of four bytes a token took
// 318 bytes per byte (runtime.MemStats.TotalAlloc, 200 KB of "("); sized
// by tokenBound it took 64 with 64-byte tokens, 56 now (go test
// ./internal/claims -run 'TestExtractSymbolRunMemory$' -v).
const maxAllocPerByte = 72

// TestExtractSymbolRunMemory: a long run of symbols (a page of "(", a line
// of quote marks) costs Extract a bounded multiple of its size.
func TestExtractSymbolRunMemory(t *testing.T) {
	for _, sym := range []string{"(", "\"", "%"} {
		text := strings.Repeat(sym, 200_000)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		Extract(text, Options{})
		runtime.ReadMemStats(&m1)
		per := (m1.TotalAlloc - m0.TotalAlloc) / uint64(len(text))
		t.Logf("%q: %d bytes allocated per byte", sym, per)
		if per > maxAllocPerByte {
			t.Errorf("Extract of %d bytes of %q allocated %d bytes per byte, want at most %d", len(text), sym, per, maxAllocPerByte)
		}
	}
}

// TestLtokenizeBound: tokenBound is never below the number of the
// language rules' tokens either, so ltokenize's slice is not grown.
func TestLtokenizeBound(t *testing.T) {
	cases := append([]string{
		"d'euros l’Insee 2,5 Mrd. Euro 1 234 567 € rock-n-roll",
		"3,5 % und 1.234,5 und 12. März", "Mrd.x", "ab-", "4\u0301 \u0301a ٤4",
	}, tokenBoundCases...)
	for _, s := range cases {
		for _, code := range []string{"de", "fr"} {
			toks := ltokenize(s, 0, len(s), langNums[code])
			if b := tokenBound(s); len(toks) > b || cap(toks) != b {
				t.Errorf("ltokenize(%q, %s): %d tokens, capacity %d, bound %d", s, code, len(toks), cap(toks), b)
			}
		}
	}
}

// maxFigureLineAllocPerByte bounds what Extract allocates per byte of a
// line of figures ("4% 4% 4% ...", a flattened table). Each figure is
// two tokens (56 bytes each in English, 64 in the other languages) of
// three bytes, plus the clause bounds (four int32s a token) and in
// English the expressions: 67 bytes per byte in English, 53 in the other
// languages (runtime.MemStats.TotalAlloc, 200 KB: go test
// ./internal/claims -run 'TestExtractFigureLineMemory$' -v); 72 and 58
// with 64- and 72-byte tokens. With the token and expression slices grown
// from nothing, a Builder and strings.Fields per figure and the bounds in
// ints it was 154 in English, 332 to 353 in the others.
const maxFigureLineAllocPerByte = 80

// TestExtractFigureLineMemory: a long line of figures costs Extract a
// bounded multiple of its size in every language.
func TestExtractFigureLineMemory(t *testing.T) {
	text := strings.Repeat("4% ", 200_000/3)
	for _, code := range []string{"en", "de", "fr", "es", "it", "pt", "nl"} {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		Extract(text, Options{Lang: code})
		runtime.ReadMemStats(&m1)
		per := (m1.TotalAlloc - m0.TotalAlloc) / uint64(len(text))
		t.Logf("%s: %d bytes allocated per byte", code, per)
		if per > maxFigureLineAllocPerByte {
			t.Errorf("Extract(%s) of %d bytes of %q allocated %d bytes per byte, want at most %d", code, len(text), "4% ", per, maxFigureLineAllocPerByte)
		}
	}
}
