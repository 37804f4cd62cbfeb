package claims

import "testing"

// TestHoldPredicate checks rule holdPredicate on invented sentences: a
// present tense of holding or serving after "and" opens a predicate of its
// own, so its count is a claim; a list of counts stays one claim.
func TestHoldPredicate(t *testing.T) {
	tests := []struct {
		text  string
		units []string
	}{
		{"Tarvin General has 620 beds and employs 4,100 staff.", []string{"beds", "people"}},
		{"The Orrin port has 12 berths and serves 40 ferry lines.", []string{"berths", "lines"}},
		{"Velmar Academy has 900 pupils and 80 teachers.", []string{"people"}},
	}
	for _, tt := range tests {
		var units []string
		for _, c := range Extract(tt.text, Options{}) {
			units = append(units, c.Unit)
		}
		if len(units) != len(tt.units) || units[0] != tt.units[0] || len(units) > 1 && units[1] != tt.units[1] {
			t.Errorf("%q: got units %v, want %v", tt.text, units, tt.units)
		}
	}
}
