package htmlmeta

import "testing"

// TestBylineDateAbbrevs pins the month and weekday abbreviations
// withBylineDateAbbrevs reads from the lexicon: three letters of each
// English month and weekday, "sept", and none of the three that are also
// names a byline carries.
func TestBylineDateAbbrevs(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"jan", true}, {"apr", true}, {"jun", true}, {"sep", true}, {"sept", true}, {"dec", true},
		{"mon", true}, {"thu", true}, {"sat", true},
		{"mar", false}, {"may", false}, {"sun", false}, {"january", false}, {"monday", false},
	} {
		if got := singleWordNoise[tc.word]; got != tc.want {
			t.Errorf("singleWordNoise[%q] = %v, want %v", tc.word, got, tc.want)
		}
	}
}
