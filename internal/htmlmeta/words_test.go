package htmlmeta

import (
	"strings"
	"testing"
)

// inFoldedTests are class texts for wordSet.inFolded, which must answer as
// in does on the lower-cased text.
var inFoldedTests = []string{
	"article-Image__credit", "wp-caption-text", "flex px-4 text-sm md:PHOTO", "BILDUNTERSCHRIFT",
	"footer-notice small", "im", "IMG", "Fotostrecke", "media-İmage", "caption-\u212a", "ſocial", "",
}

func TestWordSetInFolded(t *testing.T) {
	for _, s := range inFoldedTests {
		want := imageClassSet.in(strings.ToLower(s))
		if got := imageClassSet.inFolded(s); got != want {
			t.Errorf("inFolded(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzWordSetInFolded checks inFolded against in on the lower-cased text
// for any class text.
func FuzzWordSetInFolded(f *testing.F) {
	for _, s := range inFoldedTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := imageClassSet.inFolded(s), imageClassSet.in(strings.ToLower(s)); got != want {
			t.Errorf("inFolded(%q) = %v, in(ToLower) = %v", s, got, want)
		}
	})
}
