package htmlextract

import (
	"strings"
	"testing"
)

// TestCreditTail pins creditTail, which searches only a block's tail, to
// the rule as first written: the last occurrence of a marker, not at the
// block's start, within maxCreditTail bytes of its end.
func TestCreditTail(t *testing.T) {
	ref := func(l string) bool {
		for _, m := range creditMarkers {
			if i := strings.LastIndex(l, m); i > 0 && len(l)-i <= maxCreditTail {
				return true
			}
		}
		return false
	}
	long := strings.Repeat("the hall by the river at dusk ", 4)
	for _, l := range []string{
		"", "x", ", photo:", "a, photo:", ", photo: reuters",
		"roman prymula, photo: government archive",
		"die halle. foto: stadt erfurt",
		long + ", photo: reuters",
		", photo: " + long,
		"a, photo: " + long,
		"a, photo: b" + long + ", photo: c",
		long[:maxCreditTail-len(", photo:")] + ", photo:",
		"x" + long[:maxCreditTail-len(", photo:")] + ", photo:",
		long + ". quelle:" + strings.Repeat("y", maxCreditTail-len(". quelle:")),
		long + ". quelle:" + strings.Repeat("y", maxCreditTail-len(". quelle:")+1),
	} {
		if got, want := creditTail(l), ref(l); got != want {
			t.Errorf("creditTail(%q) = %v, want %v", l, got, want)
		}
	}
}
