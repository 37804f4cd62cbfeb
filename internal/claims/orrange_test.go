package claims

import "testing"

// TestOrRange checks rule orRange: a bare figure before "or" and a share
// or a count is the lower end of a rough range; two priced figures stay
// alternatives.
func TestOrRange(t *testing.T) {
	tests := []lcase{
		{"orRange, a share", "Bus fares in Kettlewick may climb 15 or 25 percent by spring.",
			[]lgot{{"Bus fares in Kettlewick may climb 15 or 25 percent by spring", "percent", "Bus fares in Kettlewick may climb by spring", 15.0, 25.0}}},
		{"orRange, a scaled count", "Roughly 6 or 7 million visitors crossed the Marrow bridge.",
			[]lgot{{"Roughly 6 or 7 million visitors crossed the Marrow bridge", "people", "visitors crossed the Marrow bridge", 6e6, 7e6}}},
		{"orRange, two prices", "A seat at the Orvel hall costs $45 or $60 a night.",
			[]lgot{{"A seat at the Orvel hall costs $45 or $60 a night", "USD", "A seat at the Orvel hall costs or $60 a night", 45.0, nil}}},
	}
	checkClaims(t, tests)
}

// TestOrRangeAlternatives checks that rule orRange leaves "either ...
// or" and a figure glued to a model name's letters.
func TestOrRangeAlternatives(t *testing.T) {
	tests := []lcase{
		{"orRange, either", "Rooms at the Brisholt inn sleep either 2 or 4 guests.",
			[]lgot{{"Rooms at the Brisholt inn sleep either 2 or 4 guests", "people", "Rooms at the Brisholt inn sleep either 2 or guests", 4.0, nil}}},
		{"orRange, a model's figure", "The Norvik T4 or 30 percent of buyers liked it.",
			[]lgot{{"The Norvik T4 or 30 percent of buyers liked it", "percent", "The Norvik T4 or buyers liked it", 30.0, nil}}},
	}
	checkClaims(t, tests)
}
