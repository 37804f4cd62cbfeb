package claims

import "testing"

// TestCoordinatedCount checks rule coordinatedCount: a bare figure after
// the "and" of a clause of its own counts what the count before it
// counts; a list or a figure with no verb after it stays no claim.
func TestCoordinatedCount(t *testing.T) {
	tests := []lcase{
		{"coordinatedCount", "Eleven climbers died and 23 were rescued from the ridge on Sunday.",
			[]lgot{
				{"Eleven climbers died", "people", "climbers who died", 11.0, nil},
				{"23 were rescued from the ridge on Sunday", "people", "climbers rescued from the ridge on Sunday", 23.0, nil}}},
		{"coordinatedCount, hedged", "At least 31 passengers drowned and about 140 were missing, the coastguard said.",
			[]lgot{
				{"At least 31 passengers drowned", "people", "passengers drowned", 31.0, nil},
				{"about 140 were missing", "people", "passengers missing", 140.0, nil}}},
		{"coordinatedCount, a noun of its own", "About 300 homes flooded and 90 were evacuated.",
			[]lgot{
				{"About 300 homes flooded", "homes", "homes flooded", 300.0, nil},
				{"90 were evacuated", "homes", "homes evacuated", 90.0, nil}}},
		{"coordinatedCount, no verb in the first clause", "The ward holds 12 patients and 40 are waiting.",
			[]lgot{{"The ward holds 12 patients and 40 are waiting", "people", "The ward holds patients and 40 are waiting", 12.0, nil}}},
		{"coordinatedCount, not people", "The fund spent £4m last year and 20 were approved.",
			[]lgot{{"The fund spent £4m last year and 20 were approved", "GBP", "The fund spent last year and 20 were approved", 4e6, nil}}},
	}
	checkClaims(t, tests)
}
