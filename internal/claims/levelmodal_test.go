package claims

import "testing"

// TestLevelModal checks rule levelModal: the modal of the "be" a level
// drops goes with it.
func TestLevelModal(t *testing.T) {
	tests := []lcase{
		{"levelModal", "Growth in the harbour towns would be 1.1% next year.",
			[]lgot{{"Growth in the harbour towns would be 1.1% next year", "percent", "Growth in the harbour towns next year", 1.1, nil}}},
		{"levelModal, will", "The new levy will be £40 a household.",
			[]lgot{{"The new levy will be £40 a household", "GBP", "The new levy a household", 40.0, nil}}},
	}
	checkClaims(t, tests)
}
