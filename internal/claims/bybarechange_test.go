package claims

import "testing"

// TestByBareChange checks rule byBareChange: a bare change after "by"
// with a level far above it after "to" is a claim, and so is the level;
// a range ("by 3 to 7 per cent", "by 3 to 5") is left as it was.
func TestByBareChange(t *testing.T) {
	tests := []lcase{
		{"byBareChange", "The count of jobseekers fell by 12,300 to 845,000 in March.",
			[]lgot{
				{"The count of jobseekers fell by 12,300", "", "The count of jobseekers fell", 12300.0, nil},
				{"to 845,000 in March", "", "The count of jobseekers in March", 845000.0, nil}}},
		{"byBareChange, a range with a unit", "Rents in Velmar will rise by 3 to 7 per cent.",
			[]lgot{{"Rents in Velmar will rise by 3 to 7 per cent", "percent", "Rents in Velmar will rise", 3.0, 7.0}}},
		{"byBareChange, a bare range", "Membership of the club grew by 30 to 50 last year.", nil},
		{"byBareChange, a year", "Membership of the club grew by 2019 to 40,000.", nil},
		{"byBareChange, a range far apart with a unit", "Fares on the line rose by 2 to 15 per cent.",
			[]lgot{{"Fares on the line rose by 2 to 15 per cent", "percent", "Fares on the line rose", 2.0, 15.0}}},
	}
	checkClaims(t, tests)
}
