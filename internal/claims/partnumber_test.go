package claims

import "testing"

// TestPartNumber checks rule partNumber: the number after "part",
// "layer", "round" or "section" names it and counts nothing after it; a
// count of parts still counts. Texts invented.
func TestPartNumber(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "Part 2 explains how the Dunmore mill was rebuilt.", nil},
		{"en", "The Velmor network blocks layer 7 intrusions at the edge.", nil},
		{"en", "Round 3 talks in Dunmore ended without a deal.", nil},
		{"en", "The Dunmore course has 40 lessons in all.", []float64{40}},
	}
	checkLang(t, tests, claimValue)
}
