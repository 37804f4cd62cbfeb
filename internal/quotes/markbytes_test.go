package quotes

import (
	"strings"
	"testing"
)

func checkHasDoubleMark(t *testing.T, s string) {
	if got, want := hasDoubleMark(s), strings.ContainsAny(s, "\"“”„«»‹›"); got != want {
		t.Fatalf("hasDoubleMark(%q) = %v, ContainsAny gives %v", s, got, want)
	}
}

// TestHasDoubleMark pins rule markBytes to strings.ContainsAny: each
// mark, its neighbours in Unicode, cut sequences and invalid bytes.
func TestHasDoubleMark(t *testing.T) {
	for _, s := range []string{
		"", "plain words", `a "b"`, "“x", "x”", "„x", "«x", "x»", "‹x", "x›", "‘single’ 'marks'",
		"\u201b\u201f\u2038\u203b\u00aa\u00ac\u00ba\u00bc", "\xe2\x80", "\xe2\x80\x9c"[:2] + "x", "\xc2", "\xc2x\xab",
		"\xff\xe2\x80\x9c", "\xe2\xe2\x80\x9d", "\xf0\x9f\x98\x80 emoji", "\xe2\x80\x9c\xff",
	} {
		checkHasDoubleMark(t, s)
	}
}

func FuzzHasDoubleMark(f *testing.F) {
	f.Add("a “b” «c» ‹d› \"e\"")
	f.Add("\xff\xe2\x80\x9c\xc2")
	f.Fuzz(checkHasDoubleMark)
}
