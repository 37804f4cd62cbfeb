package htmlmeta

import (
	"testing"
	"time"
)

// TestLatvianDate pins rule dateLatvian: "2031. gada 12. novembrī" (the
// year, "gada", the day, the month) and the months of Latvian in the
// other orders.
func TestLatvianDate(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"2031. gada 12. novembrī", "2031-11-12"},
		{"2031. gada 3. martā, 08:00", "2031-03-03"},
		{"2031. gada 12. novembris", "2031-11-12"},
		{"12. aprīlī 2031", "2031-04-12"},
	} {
		if got, ok := DateLine(tc.in, now); !ok || got != tc.want {
			t.Errorf("DateLine(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
		}
	}
}
