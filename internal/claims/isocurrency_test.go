package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIsoCurrency checks rule isoCurrency: an ISO code before or after a
// figure, a sign or abbreviation after it and the named currencies make
// the figure money in that currency; a "$" figure takes the dollar code
// after it.
func TestIsoCurrency(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	tests := []struct {
		text string
		want []got
	}{
		{"A ferry ticket costs CHF 27 in summer.", []got{{27, "CHF"}}},
		{"The studio rents for 9,500 SEK a month.", []got{{9500, "SEK"}}},
		{"The club raised USD 3 million from fans.", []got{{3e6, "USD"}}},
		{"Delivery is free above $80 NZD today.", []got{{80, "NZD"}}},
		{"A tram pass costs 110 zł there.", []got{{110, "PLN"}}},
		{"Dinner cost 2,400 ₽ for two.", []got{{2400, "RUB"}}},
		{"Entry costs ₺150 on weekdays.", []got{{150, "TRY"}}},
		{"A ferry costs 45 TL each way.", []got{{45, "TRY"}}},
		{"The fine was 3,000 Swiss francs.", []got{{3000, "CHF"}}},
		{"The firm lost 2 billion rupees.", []got{{2e9, "INR"}}},
		{"He opened One CAD drawing.", nil},
		// A code before another figure is that figure's.
		{"The boots in size 6 GBP 40 sell out fast.", []got{{40, "GBP"}}},
	}
	for _, tt := range tests {
		var g []got
		for _, c := range Extract(tt.text, Options{}) {
			g = append(g, got{*c.Value, c.Unit})
		}
		if d := cmp.Diff(tt.want, g); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, d)
		}
	}
}
