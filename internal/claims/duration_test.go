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

// TestDurationCompound checks rule durationCompound: a duration before
// the thing whose length is the news is a claim; before any other noun,
// or a free offer, it is none.
func TestDurationCompound(t *testing.T) {
	tests := []lcase{
		{"durationCompound", "The clinic began a 16-week trial of the new inhaler.",
			[]lgot{{"a 16-week trial of the new inhaler", "weeks", "trial of the new inhaler", 16.0, nil}}},
		{"durationCompound, a sentence", "The judge handed down a 30-month prison sentence.",
			[]lgot{{"The judge handed down a 30-month prison sentence", "months", "The judge handed down a prison sentence", 30.0, nil}}},
		{"durationCompound, another noun", "The board held a 45-minute session.", nil},
		{"durationCompound, a free offer", "Start a free 21-day trial of the planner.", nil},
		{"durationCompound, a free offer after", "Start a 17-day free trial of the planner.", nil},
		{"durationCompound, an offer alone", "Every plan comes with a 14-day trial.", nil},
	}
	checkClaims(t, tests)
}
