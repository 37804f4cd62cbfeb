package people

import "testing"

// TestAPMonthAbbrevs pins the month abbreviations withAPMonthAbbrevs reads
// from the lexicon's English months: AP style's seven, "Sept." among them,
// and no abbreviation of a month AP writes whole.
func TestAPMonthAbbrevs(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Jan", true}, {"Feb", true}, {"Aug", true}, {"Sept", true}, {"Oct", true}, {"Nov", true}, {"Dec", true},
		{"Mar", false}, {"Apr", false}, {"May", false}, {"Jun", false}, {"Jul", false}, {"Sep", false},
	} {
		if got := IsAbbrev(tc.word); got != tc.want {
			t.Errorf("IsAbbrev(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestNonNameCalendar checks that the English month and weekday names, read
// from the lexicon, still mark a capitalised run as no person.
func TestNonNameCalendar(t *testing.T) {
	for _, w := range []string{"january", "may", "december", "monday", "sunday"} {
		if !nonName[w] {
			t.Errorf("nonName[%q] = false, want true", w)
		}
	}
}
