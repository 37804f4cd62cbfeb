package model

import (
	"strings"
	"testing"
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
		if got, want := CollapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
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
