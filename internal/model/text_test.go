package model

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "\u00a0a\u00a0\u00a0b\u2003",
		"Jane Doe", "  By   Jane\n\tDoe  ", "x\u0085y", "caf\u00e9 au lait", "\xffbad utf8 \xfe",
		"one  two\u3000three", "\r\n",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := CollapseSpace(s); got != want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	f.Add("  By   Jane\n\tDoe  ")
	f.Add("a\u00a0b")
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		if got := CollapseSpace(s); got != want {
			t.Fatalf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
		if folded(s) != (want == s) {
			t.Fatalf("folded(%q) = %v", s, folded(s))
		}
	})
}

// TestSpaceLead: every white-space rune past ASCII opens with a byte
// spaceLead marks, as rule space-leads needs.
func TestSpaceLead(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) && !spaceLead[string(r)[0]] {
			t.Errorf("U+%04X is white space; its first byte %#x is not in spaceLead", r, string(r)[0])
		}
	}
	for _, s := range []string{"a\u00a0b", "a\u0085b", "a\u1680b", "a\u2000b", "a\u200ab", "a\u2028b", "a\u202fb", "a\u205fb", "a\u3000b", " a", "a ", "a  b", "a\tb"} {
		if folded(s) {
			t.Errorf("folded(%q) = true", s)
		}
	}
	for _, s := range []string{"", "a", "a b", "caf\u00e9 \u00e0 \u2014 \u3001\u4e00", "\xc2\xe2\x80", "\xe2\x80\xa8x"[1:]} {
		if !folded(s) {
			t.Errorf("folded(%q) = false", s)
		}
	}
}

func BenchmarkCollapseSpace(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		CollapseSpace("Jane Doe, Staff Writer")
		CollapseSpace("  By   Jane\n\tDoe  ")
	}
}

func TestIsDigits(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", false}, {"0", true}, {"1234567890", true}, {"12a", false}, {"-1", false},
		{"1.5", false}, {" 1", false}, {"١٢", false}, // Arabic-Indic digits are not ASCII
	} {
		if got := IsDigits(tt.s); got != tt.want {
			t.Errorf("IsDigits(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestLowerPrefixLen(t *testing.T) {
	for _, tc := range []struct{ s, lower string }{
		{"", ""}, {"Abc", ""}, {"", "a"}, {"HTTPS://x", "https://"}, {"Http:/", "http://"},
		{"We’re", "we’re"}, {"İstanbul", "i"}, {"\xffx", "x"}, {"\xffx", "\ufffdx"},
		{"CAPTION", "caption"}, {"Of", "of"}, {"ofs", "of"}, {"ÉTÉ été", "été été"},
		{"K", "k"}, {"ſ", "s"},
	} {
		low := strings.ToLower(tc.s)
		n, ok := LowerPrefixLen(tc.s, tc.lower)
		if ok != strings.HasPrefix(low, tc.lower) {
			t.Errorf("LowerPrefixLen(%q, %q) ok = %v, want %v", tc.s, tc.lower, ok, !ok)
		}
		if ok && strings.ToLower(tc.s[:n]) != tc.lower {
			t.Errorf("LowerPrefixLen(%q, %q) = %d: %q lower-cases to %q", tc.s, tc.lower, n, tc.s[:n], strings.ToLower(tc.s[:n]))
		}
		if got := LowerHasPrefix(tc.s, tc.lower); got != ok {
			t.Errorf("LowerHasPrefix(%q, %q) = %v, want %v", tc.s, tc.lower, got, ok)
		}
		if got, want := LowerIs(tc.s, tc.lower), low == tc.lower; got != want {
			t.Errorf("LowerIs(%q, %q) = %v, want %v", tc.s, tc.lower, got, want)
		}
	}
}

func FuzzLowerPrefixLen(f *testing.F) {
	f.Add("We’re here", "we’re")
	f.Add("İ", "i")
	f.Fuzz(func(t *testing.T, s, lower string) {
		if !utf8.ValidString(lower) {
			return
		}
		low, lower := strings.ToLower(s), strings.ToLower(lower)
		n, ok := LowerPrefixLen(s, lower)
		if ok != strings.HasPrefix(low, lower) {
			t.Fatalf("LowerPrefixLen(%q, %q) ok = %v", s, lower, ok)
		}
		if ok && strings.ToLower(s[:n]) != lower {
			t.Fatalf("LowerPrefixLen(%q, %q) = %d", s, lower, n)
		}
		if LowerIs(s, lower) != (low == lower) {
			t.Fatalf("LowerIs(%q, %q) = %v", s, lower, !(low == lower))
		}
	})
}

func TestJoinBlocks(t *testing.T) {
	for _, tt := range []struct {
		texts []string
		want  string
	}{
		{nil, ""},
		{[]string{"One."}, "One."},
		{[]string{"One.", "", "Three."}, "One.\n\n\n\nThree."},
		{[]string{"Heading", "Body text."}, "Heading\n\nBody text."},
	} {
		var blocks []Block
		for _, s := range tt.texts {
			blocks = append(blocks, Block{Text: s})
		}
		if got := JoinBlocks(blocks); got != tt.want {
			t.Errorf("JoinBlocks(%q) = %q, want %q", tt.texts, got, tt.want)
		}
		// one allocation, the text itself: a byte buffer turned into a
		// string allocated it twice (114 MB for a 57 MB text)
		if n := testing.AllocsPerRun(10, func() { JoinBlocks(blocks) }); len(tt.want) > 0 && n != 1 {
			t.Errorf("JoinBlocks(%q): %v allocations, want 1", tt.texts, n)
		}
	}
}
