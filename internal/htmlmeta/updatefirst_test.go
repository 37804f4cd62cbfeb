package htmlmeta

import "testing"

// TestUpdateLineFirst pins rules dateUpdateLineFirst and dateStandLabel:
// an update's line above the line that dates the publication leaves the
// publication its day; a page that shows only the update, or the update
// and a list of other stories' days, is dated by the update, estimated.
// Invented pages.
func TestUpdateLineFirst(t *testing.T) {
	for _, tt := range []struct {
		lines, lang string
		value       string
		estimated   bool
	}{
		{`<p>Stand: 13.11.2025 10:12 Uhr</p><p>Von Lena Marsh</p><p>12.11.2025, 08:00 Uhr</p>`, "de", "2025-11-12", false},
		{`<p>Last updated 13 November 2025</p><p>By Lena Marsh</p><p>12 November 2025</p>`, "en", "2025-11-12", false},
		{`<p>Stand: 13.11.2025 10:12 Uhr</p>`, "de", "2025-11-13", true},
		// Other stories' days after the update: no publication.
		{`<p>Last updated 13 November 2025</p><h2>Ferry service cut</h2><p>2 November 2025</p><h2>Bridge plans shelved</h2><p>28 October 2025</p>`, "en", "2025-11-13", true},
	} {
		page := `<html lang="` + tt.lang + `"><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>` + tt.lines +
			`<p>` + tramText + `</p></article></body></html>`
		m := Extract(parse(t, page), "", testNow)
		if m.Published == nil || m.Published.Value != tt.value || m.Published.Estimated != tt.estimated {
			t.Errorf("%s: published = %+v, want %s estimated=%v", tt.lines, m.Published, tt.value, tt.estimated)
		}
	}
}
