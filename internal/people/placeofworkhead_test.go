package people

import (
	"strings"
	"testing"
)

// TestPlaceOfWorkHead pins rule placeOfWorkHead: the head of a role with
// a place of work after "at" is the word before it, so a later
// description by that word names the person again; "for" is left as it
// was. Invented text.
func TestPlaceOfWorkHead(t *testing.T) {
	for _, c := range []struct {
		role, head string
	}{
		{"economist at the orvania institute", "economist"},
		{"head of the harbour board", "head"},
		{"senior economist", "economist"},
		{"candidate for mayor", "mayor"},
	} {
		if got := roleHead(strings.Fields(c.role)); got != c.head {
			t.Errorf("roleHead(%q) = %q, want %q", c.role, got, c.head)
		}
	}
	const text = "Harbour prices climb\n\nMira Talvence, an economist at the Orvania Institute, said prices would rise. " +
		"The economist expects a slower year."
	d := Analyze(text)
	if r, ok := resolveAt(t, d, text, "The economist"); !ok || r.Name != "Mira Talvence" {
		t.Errorf("The economist: resolved %+v (ok %v), want Mira Talvence", r, ok)
	}
}
