package claims

import "testing"

// TestFractionOfBarePoint checks rule fractionOfBarePoint on an invented
// sentence: a fraction "of a point" is a change in points, and the level
// after it a claim of its own.
func TestFractionOfBarePoint(t *testing.T) {
	checkClaims(t, []lcase{
		{"fractionOfBarePoint", "The Orrin central bank raised its main rate by a quarter of a point to 4.5%.",
			[]lgot{
				{"The Orrin central bank raised its main rate by a quarter of a point", "percentage points", "The Orrin central bank raised its main rate", 0.25, nil},
				{"to 4.5%", "percent", "its main rate", 4.5, nil}}},
	})
}

// TestHalfPoint checks rule halfPoint on invented sentences: "half a
// point" after a change is a change in points, its level a claim of its
// own; with no change before it, a score's point is no claim.
func TestHalfPoint(t *testing.T) {
	checkClaims(t, []lcase{
		{"halfPoint", "The Orrin bank cut its rate by half a point to 3%.",
			[]lgot{
				{"The Orrin bank cut its rate by half a point", "percentage points", "The Orrin bank cut its rate", 0.5, nil},
				{"to 3%", "percent", "its rate", 3.0, nil}}},
		{"halfPoint, a score", "Half a point separates Tarvin and Velmar.", nil},
	})
}
