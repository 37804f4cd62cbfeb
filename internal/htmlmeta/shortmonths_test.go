package htmlmeta

import (
	"testing"
	"time"
)

// TestShortMonths pins rule dateShortMonths: the abbreviated months of
// Turkish, Indonesian and Czech date lines read; "Pro" after a number
// stays a product's name.
func TestShortMonths(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"12 Kas 2031 09:15", "2031-11-12"},
		{"3 Ağu 2031", "2031-08-03"},
		{"Yayınlanma: 21 Şub 2031", "2031-02-21"},
		{"12 Agu 2031, 10:00 WIB", "2031-08-12"},
		{"Selasa, 9 Des 2031", "2031-12-09"},
		{"12. bře 2031", "2031-03-12"},
		{"5. čvc 2031 14:20", "2031-07-05"},
		{"Phone 16 Pro 2031", ""},
		// dateRomanianShortMonths
		{"12 noi. 2031, 10:12", "2031-11-12"},
		{"3 iun. 2031", "2031-06-03"},
		// datePersianGregorian
		{"12 نوامبر 2031", "2031-11-12"},
		{"۱۲ اکتبر ۲۰۳۱", "2031-10-12"},
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
