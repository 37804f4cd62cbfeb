package claims

import "testing"

// TestParentheticalAdverb checks rule parentheticalAdverb: a lone adverb
// between commas does not cut the subject off its clause; an adverbial
// before a figure that opens its clause stays out of it.
func TestParentheticalAdverb(t *testing.T) {
	tests := []lcase{
		{"parentheticalAdverb", "Ferry fares, meanwhile, rose 3.5% in May.",
			[]lgot{{"Ferry fares, meanwhile, rose 3.5% in May", "percent", "Ferry fares rose in May", 3.5, nil}}},
		{"parentheticalAdverb, an adverbial before the figure", "After three winters, however, 40% said no.",
			[]lgot{{"40% said no", "percent", "those who said no", 40.0, nil}}},
	}
	checkClaims(t, tests)
}
