package htmlmeta

import "testing"

// TestOnlyUpdateShown pins rule dateOnlyUpdateShown: a page whose only
// date line is labelled as the update is dated by it, estimated; one
// that shows its publication day first is not. Invented pages.
func TestOnlyUpdateShown(t *testing.T) {
	for _, tt := range []struct {
		line      string
		value     string
		estimated bool
	}{
		{"Last updated on 13 November 2025", "2025-11-13", true},
		{"Aktualisiert am 13.11.2025", "2025-11-13", true},
		{"November 12, 2025 - Updated November 13, 2025", "2025-11-12", false},
		{"13 November 2025", "2025-11-13", false},
	} {
		page := `<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1><p>` + tt.line +
			`</p><p>` + tramText + `</p></article></body></html>`
		m := Extract(parse(t, page), "", testNow)
		if m.Published == nil || m.Published.Value != tt.value || m.Published.Estimated != tt.estimated {
			t.Errorf("%q: published = %+v, want %s estimated=%v", tt.line, m.Published, tt.value, tt.estimated)
		}
	}
}
