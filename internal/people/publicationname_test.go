package people

import (
	"strings"
	"testing"
)

// resolveAt resolves the first occurrence of mention in text.
func resolveAt(t *testing.T, d *Doc, text, mention string) (Referent, bool) {
	t.Helper()
	i := strings.Index(text, mention)
	if i < 0 {
		t.Fatalf("%q: not in the text", mention)
	}
	return d.Resolve(i, i+len(mention))
}

// TestPublicationName pins rule publicationName of Resolve: a capitalised
// role noun that also names a publication, after "the" alone, is that
// title, not the person described earlier by the common noun; the common
// noun still points back. Invented text.
func TestPublicationName(t *testing.T) {
	const text = "Rovers win again\n\nMira Talvence, the rising star of the Velm Rovers, scored twice. " +
		"The result was reported by the Star on Tuesday. The star said more later."
	d := Analyze(text)
	if r, ok := resolveAt(t, d, text, "the Star"); !ok || !r.Group || r.Person != -1 || r.Name != "the Star" {
		t.Errorf("the Star: resolved %+v (ok %v), want the title as a group", r, ok)
	}
	if r, ok := resolveAt(t, d, text, "The star"); !ok || r.Name != "Mira Talvence" {
		t.Errorf("The star: resolved %+v (ok %v), want Mira Talvence", r, ok)
	}
}
