package people

import "testing"

// TestAbstractNounTail pins rule abstractNounTail: an abstract noun after
// a name is a credit's or a heading's word, cut off; a course's or a
// law's title of two words ending in one is no person. Invented text.
func TestAbstractNounTail(t *testing.T) {
	checkFoundByFind(t, []findCase{
		{"Der Hafen von Orvania wächst.\n\nText: Anna Velmer Illustration: Tom Brask\n\nDer Hafen von Orvania hat im Mai so viele Schiffe gesehen wie nie. Velmer sprach mit den Lotsen.",
			"Anna Velmer", true},
		{"Der Hafen von Orvania wächst.\n\nText: Anna Velmer Illustration: Tom Brask\n\nDer Hafen von Orvania hat im Mai so viele Schiffe gesehen wie nie. Velmer sprach mit den Lotsen.",
			"Anna Velmer Illustration", false},
		{"Course list\n\nVelmar Chart Certification\n\nVelmar Chart Certification takes a week. Certification costs 90 euros.",
			"Velmar Chart Certification", false},
	})
}
