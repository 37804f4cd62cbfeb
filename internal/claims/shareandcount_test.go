package claims

import "testing"

// TestShareAndCount checks rule shareAndCount on an invented sentence: a
// count with its own noun after the "and" that ends a share's group is a
// claim of its own, and the share's subject stops at the group.
func TestShareAndCount(t *testing.T) {
	checkClaims(t, []lcase{
		{"shareAndCount", "The Greens took 12% of the popular vote and 9 seats in Tarvin.",
			[]lgot{
				{"The Greens took 12% of the popular vote", "percent", "The Greens took the popular vote", 12.0, nil},
				{"9 seats in Tarvin", "seats", "seats in Tarvin", 9.0, nil}}},
	})
}
