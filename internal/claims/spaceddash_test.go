package claims

import "testing"

// TestSpacedDash checks rule spacedDash: a hyphen typed with spaces
// around it, or doubled, breaks the clause as a dash does, so a second
// count after it is a claim of its own; a spaced hyphen between two
// figures still joins a range.
func TestSpacedDash(t *testing.T) {
	tests := []lcase{
		{"spacedDash, double hyphen", "The Brisholt trust will build 240 cottages -- besides the 3,100 cottages already standing.",
			[]lgot{
				{"The Brisholt trust will build 240 cottages", "cottages", "cottages the Brisholt trust will build", 240.0, nil},
				{"besides the 3,100 cottages already standing", "cottages", "besides the cottages already standing", 3100.0, nil}}},
		{"spacedDash, single hyphen", "The Brisholt trust will build 240 cottages - besides the 3,100 cottages already standing.",
			[]lgot{
				{"The Brisholt trust will build 240 cottages", "cottages", "cottages the Brisholt trust will build", 240.0, nil},
				{"besides the 3,100 cottages already standing", "cottages", "besides the cottages already standing", 3100.0, nil}}},
		{"spacedDash, a range", "Water bills in Kettlewick rose 4 - 6 percent.",
			[]lgot{{"Water bills in Kettlewick rose 4 - 6 percent", "percent", "Water bills in Kettlewick rose", 4.0, 6.0}}},
	}
	checkClaims(t, tests)
}
