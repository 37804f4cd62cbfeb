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
