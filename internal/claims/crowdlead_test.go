package claims

import "testing"

// TestCrowdLead checks rule crowdLead on an invented sentence whose lead is
// too long for its clause: the crowd noun before the figure stays its
// subject.
func TestCrowdLead(t *testing.T) {
	checkClaims(t, []lcase{
		{"crowdLead", "Tarvin Rovers beat Velmar City 3-1 at Orrin Park on Saturday in front of a crowd of 21,400.",
			[]lgot{{"a crowd of 21,400", "people", "a crowd", 21400.0, nil}}},
	})
}
