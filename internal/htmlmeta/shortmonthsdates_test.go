package htmlmeta

import (
	"testing"
	"time"
)

// TestShortMonthsAsDates pins rule dateShortMonthsAsDates: the Ukrainian,
// Russian, French and Greek abbreviations package dates reads date a
// page's date line too; the same word without a day and a year is no
// date.
func TestShortMonthsAsDates(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"12 лист. 2031, 14:30", "2031-11-12"},
		{"3 черв. 2031", "2031-06-03"},
		{"21 лют. 2031", "2031-02-21"},
		{"9 нояб. 2031 г.", "2031-11-09"},
		{"4 июл. 2031", "2031-07-04"},
		{"17 fév. 2031", "2031-02-17"},
		{"3 Μαΐ 2031", "2031-05-03"},
		{"лист від мера", ""},
	} {
		got, ok := DateLine(tc.in, now)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("DateLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
