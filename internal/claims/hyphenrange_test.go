package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHyphenRange checks rule hyphenRange: a range of shares written with
// a glued hyphen is one claim; a score or a date before a noun is none.
func TestHyphenRange(t *testing.T) {
	type got struct {
		Value, Max float64
		Unit       string
	}
	tests := []struct {
		text string
		want []got
	}{
		{"Bus fares went up 6-9% in March.", []got{{6, 9, "percent"}}},
		{"Some 20-25 per cent of the wards stay shut.", []got{{20, 25, "percent"}}},
		{"The hosts won 3-1 matches at home.", nil},
	}
	for _, tt := range tests {
		var g []got
		for _, c := range Extract(tt.text, Options{}) {
			x := got{Value: *c.Value, Unit: c.Unit}
			if c.ValueMax != nil {
				x.Max = *c.ValueMax
			}
			g = append(g, x)
		}
		if d := cmp.Diff(tt.want, g); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, d)
		}
	}
}
