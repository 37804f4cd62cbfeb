package people

import (
	"slices"
	"testing"
)

// TestAbstractNounTail pins rule abstractNounTail: an abstract noun after
// a name is a credit's or a heading's word, cut off; a course's or a
// law's title of two words ending in one is no person. Invented text.
func TestAbstractNounTail(t *testing.T) {
	for _, c := range []struct {
		text   string
		person string
		want   bool
	}{
		{"Der Hafen von Orvania wächst.\n\nText: Anna Velmer Illustration: Tom Brask\n\nDer Hafen von Orvania hat im Mai so viele Schiffe gesehen wie nie. Velmer sprach mit den Lotsen.",
			"Anna Velmer", true},
		{"Der Hafen von Orvania wächst.\n\nText: Anna Velmer Illustration: Tom Brask\n\nDer Hafen von Orvania hat im Mai so viele Schiffe gesehen wie nie. Velmer sprach mit den Lotsen.",
			"Anna Velmer Illustration", false},
		{"Course list\n\nVelmar Chart Certification\n\nVelmar Chart Certification takes a week. Certification costs 90 euros.",
			"Velmar Chart Certification", false},
	} {
		var names []string
		for _, p := range Find(c.text) {
			names = append(names, p.Name)
		}
		if got := slices.Contains(names, c.person); got != c.want {
			t.Errorf("%q among people %q = %v, want %v", c.person, names, got, c.want)
		}
	}
}
