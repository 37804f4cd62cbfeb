package claims

import "testing"

// TestForecastFrame checks rule forecastFrame: a level stated as a
// forecast or an estimate keeps its clause and measures the frame's
// subject; a frame verb with no "be" before it still reports.
func TestForecastFrame(t *testing.T) {
	tests := []lcase{
		{"forecastFrame, at", "Growth is now forecast at 1.6 per cent next year.",
			[]lgot{{"Growth is now forecast at 1.6 per cent next year", "percent", "Growth next year", 1.6, nil}}},
		{"forecastFrame, to and a verb", "Growth is forecast to slow to 1.6 per cent next year.",
			[]lgot{{"Growth is forecast to slow to 1.6 per cent next year", "percent", "Growth next year", 1.6, nil}}},
		{"forecastFrame, a modal", "Growth will be forecast at 1.2 per cent next year.",
			[]lgot{{"Growth will be forecast at 1.2 per cent next year", "percent", "Growth next year", 1.2, nil}}},
		{"forecastFrame, to and a level verb", "The rate was predicted to hit 5% by June.",
			[]lgot{{"The rate was predicted to hit 5% by June", "percent", "The rate by June", 5.0, nil}}},
		{"forecastFrame, estimate", "The cost of the ferry is estimated at £3m.",
			[]lgot{{"The cost of the ferry is estimated at £3m", "GBP", "The cost of the ferry", 3e6, nil}}},
		{"forecastFrame, a long lead", "The small harbour towns of the northern coast and their islands are estimated to hold a share of 45% by 2030.",
			[]lgot{{"to hold a share of 45% by 2030", "percent", "to hold a share by 2030", 45.0, nil}}},
	}
	checkClaims(t, tests)
}
