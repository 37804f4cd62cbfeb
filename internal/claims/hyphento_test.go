package claims

import "testing"

// TestHyphenTo checks rule hyphenTo: a range written as one compound
// with "-to-" keeps its upper end.
func TestHyphenTo(t *testing.T) {
	tests := []lcase{
		{"hyphenTo", "The Dunmere bypass will cost $1.2 billion-to-$1.5 billion.",
			[]lgot{{"The Dunmere bypass will cost $1.2 billion-to-$1.5 billion", "USD", "The Dunmere bypass will cost", 1.2e9, 1.5e9}}},
		{"hyphenTo, scaled by letters", "Brokers valued the Halden stake at $40m-to-$55m.",
			[]lgot{{"Brokers valued the Halden stake at $40m-to-$55m", "USD", "Brokers valued the Halden stake", 40e6, 55e6}}},
	}
	checkClaims(t, tests)
}
