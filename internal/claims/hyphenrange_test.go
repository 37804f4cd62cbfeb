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

// TestBareUpperMoney checks rule bareUpperMoney: a price range whose
// upper end has no symbol is one claim, its scale both ends'.
func TestBareUpperMoney(t *testing.T) {
	type got struct {
		Value, Max float64
		Unit       string
	}
	tests := []struct {
		text string
		want []got
	}{
		{"A plumber charges $90-140 per call.", []got{{90, 140, "USD"}}},
		{"The pier will cost €12–18 million.", []got{{12e6, 18e6, "EUR"}}},
		{"Starter homes go for £250-300k there.", []got{{250e3, 300e3, "GBP"}}},
		// No range: odds (an upper end below the lower) and a figure of
		// another currency.
		{"He bet $10-1 on the outsider.", []got{{10, 0, "USD"}}},
		{"A fee of $30-40 euros was charged.", []got{{30, 0, "USD"}}},
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
