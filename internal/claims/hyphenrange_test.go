package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rangeGot is what the range tests compare of a claim.
type rangeGot struct {
	Value, Max float64
	Unit       string
}

// checkRanges extracts each text's claims and compares their values,
// upper ends and units with want.
func checkRanges(t *testing.T, tests []struct {
	text string
	want []rangeGot
}) {
	t.Helper()
	for _, tt := range tests {
		var g []rangeGot
		for _, c := range Extract(tt.text, Options{}) {
			x := rangeGot{Value: *c.Value, Unit: c.Unit}
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

// TestHyphenRange checks rule hyphenRange: a range of shares written with
// a glued hyphen is one claim; a score or a date before a noun is none.
func TestHyphenRange(t *testing.T) {
	checkRanges(t, []struct {
		text string
		want []rangeGot
	}{
		{"Bus fares went up 6-9% in March.", []rangeGot{{6, 9, "percent"}}},
		{"Some 20-25 per cent of the wards stay shut.", []rangeGot{{20, 25, "percent"}}},
		{"The hosts won 3-1 matches at home.", nil},
	})
}

// TestBareUpperMoney checks rule bareUpperMoney: a price range whose
// upper end has no symbol is one claim, its scale both ends'.
func TestBareUpperMoney(t *testing.T) {
	checkRanges(t, []struct {
		text string
		want []rangeGot
	}{
		{"A plumber charges $90-140 per call.", []rangeGot{{90, 140, "USD"}}},
		{"The pier will cost €12–18 million.", []rangeGot{{12e6, 18e6, "EUR"}}},
		{"Starter homes go for £250-300k there.", []rangeGot{{250e3, 300e3, "GBP"}}},
		// No range: odds (an upper end below the lower) and a figure of
		// another currency.
		{"He bet $10-1 on the outsider.", []rangeGot{{10, 0, "USD"}}},
		{"A fee of $30-40 euros was charged.", []rangeGot{{30, 0, "USD"}}},
	})
}
