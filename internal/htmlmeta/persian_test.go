package htmlmeta

import (
	"testing"
	"time"
)

// TestPersianDate pins rule datePersian: Solar Hijri dates in Persian
// digits or ASCII ones, across Nowruz and the leap year's last day.
func TestPersianDate(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"۲۲ آبان ۱۴۰۳", "2024-11-12"},
		{"1 فروردین 1403", "2024-03-20"},
		{"29 اسفند 1402", "2024-03-19"},
		{"30 اسفند 1403", "2025-03-20"},
		{"1 فروردین 1404", "2025-03-21"},
		{"1 فروردین 1399", "2020-03-20"},
		{"10 دی 1402", "2023-12-31"},
		{"31 مهر 1402", ""}, // the second half's months have 30 days
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

// TestPersianDatePage: a Persian page's date line, its weekday first,
// dates the page.
func TestPersianDatePage(t *testing.T) {
	page := `<html lang="fa" dir="rtl"><head><title>کشتی</title></head><body><article><h1>بلیت کشتی گران شد</h1><p>سه‌شنبه ۲۲ آبان ۱۴۰۳</p><p>` + tramText + `</p></article></body></html>`
	m := Extract(parse(t, page), "", testNow)
	if m.Published == nil || m.Published.Value != "2024-11-12" {
		t.Errorf("published = %+v, want 2024-11-12", m.Published)
	}
}
