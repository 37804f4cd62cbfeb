package htmlmeta

import "testing"

// TestLabelAfterUpdate pins rule dateLabelAfterUpdate: a line that gives
// the update before the publication dates the publication by its label;
// an update alone is still the update. Invented pages.
func TestLabelAfterUpdate(t *testing.T) {
	for _, tt := range []struct {
		line, value string
		estimated   bool
	}{
		{"Updated: 13 November 2025. Published: 12 November 2025", "2025-11-12", false},
		{"Aktualisiert am 13.11.2025, veröffentlicht am 12.11.2025", "2025-11-12", false},
		{"Updated: 13 November 2025", "2025-11-13", true},
	} {
		page := `<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1><p>` + tt.line +
			`</p><p>` + tramText + `</p></article></body></html>`
		m := Extract(parse(t, page), "", testNow)
		if m.Published == nil || m.Published.Value != tt.value || m.Published.Estimated != tt.estimated {
			t.Errorf("%q: published = %+v, want %s estimated=%v", tt.line, m.Published, tt.value, tt.estimated)
		}
	}
}
