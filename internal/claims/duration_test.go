package claims

import "testing"

// TestDurationLevel checks rule durationLevel: a duration reached, or a
// change in one, is a claim; an age or a time is none.
func TestDurationLevel(t *testing.T) {
	tests := []lcase{
		{"durationLevel", "Healthy life expectancy in the borough fell to 61.4 years in 2023.",
			[]lgot{{"Healthy life expectancy in the borough fell to 61.4 years in 2023", "years", "Healthy life expectancy in the borough fell in 2023", 61.4, nil}}},
		{"durationLevel, by", "The wait for a hip operation grew by 9 weeks over the winter.",
			[]lgot{{"The wait for a hip operation grew by 9 weeks over the winter", "weeks", "The wait for a hip operation grew over the winter", 9.0, nil}}},
		{"durationLevel, an age", "The foal reached 2 years of age in May.", nil},
		{"durationLevel, a time", "Sales rose to 12 months ago levels.", nil},
	}
	checkClaims(t, tests)
}
