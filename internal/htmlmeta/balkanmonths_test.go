package htmlmeta

import (
	"testing"
	"time"
)

// TestBalkanMonths pins rule dateBalkanMonths: date lines of Croatian,
// Serbian and Bosnian (both alphabets), Bulgarian and Macedonian pages
// read; the Croatian October, November elsewhere, is not taken for it.
func TestBalkanMonths(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"12. studenoga 2031.", "2031-11-12"},
		{"3. ožujka 2031.", "2031-03-03"},
		{"12. novembar 2031.", "2031-11-12"},
		{"12. новембар 2031.", "2031-11-12"},
		{"12 ноември 2031", "2031-11-12"},
		{"12 јуни 2031", "2031-06-12"},
		{"3. avgust 2031.", "2031-08-03"},
		{"12 listopada 2031", "2031-11-12"}, // Polish November, as before
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

// TestLithuanianDate pins rule dateLithuanian: the year's "m." before the
// month in the genitive, and "d." after the day.
func TestLithuanianDate(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"2031 m. lapkričio 12 d.", "2031-11-12"},
		{"2031 m. kovo 3 d. 08:00", "2031-03-03"},
	} {
		if got, ok := DateLine(tc.in, now); !ok || got != tc.want {
			t.Errorf("DateLine(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
		}
	}
}
