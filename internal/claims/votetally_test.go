package claims

import "testing"

// TestVoteTally checks rule voteTally: the votes against after "to" or
// "against" are a
// claim of their own; a margin alone stays one claim.
func TestVoteTally(t *testing.T) {
	tests := []lcase{
		{"voteTally", "The bill passed by 312 votes to 270 on Tuesday.",
			[]lgot{
				{"The bill passed by 312 votes", "votes", "The bill passed by votes", 312.0, nil},
				{"270 on Tuesday", "votes", "votes against", 270.0, nil}}},
		{"voteTally, against", "The motion was defeated by 312 votes against 270 on Tuesday.",
			[]lgot{
				{"The motion was defeated by 312 votes", "votes", "The motion was defeated by votes", 312.0, nil},
				{"270 on Tuesday", "votes", "votes against", 270.0, nil}}},
		{"voteTally, a margin", "She won by 4,312 votes.",
			[]lgot{{"She won by 4,312 votes", "votes", "She won by votes", 4312.0, nil}}},
	}
	checkClaims(t, tests)
}
