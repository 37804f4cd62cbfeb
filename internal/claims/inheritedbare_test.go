package claims

import "testing"

// TestInheritedBareLevel checks rule inheritedBareLevel on an invented
// sentence: the earlier level after a bare level is a bare claim of its
// own, measuring what the level measured.
func TestInheritedBareLevel(t *testing.T) {
	checkClaims(t, []lcase{
		{"inheritedBareLevel", "Measles cases in Tarvin have risen to 214 this year, up from 38 in 2025.",
			[]lgot{
				{"Measles cases in Tarvin have risen to 214 this year", "", "Measles cases in Tarvin this year", 214.0, nil},
				{"up from 38 in 2025", "", "Measles cases in Tarvin in 2025", 38.0, nil}}},
	})
}
