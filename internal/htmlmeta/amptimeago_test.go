package htmlmeta

import "testing"

// TestAmpTimeago pins rule dateAmpTimeago: an AMP page's relative date
// ("3 days ago") is dated by its <amp-timeago datetime>. Invented page.
func TestAmpTimeago(t *testing.T) {
	page := `<html amp><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>` +
		`<div class="meta"><amp-timeago width="160" height="20" layout="fixed" datetime="2025-11-12T08:00:00Z">3 days ago</amp-timeago></div>` +
		`<p>` + tramText + `</p></article></body></html>`
	m := Extract(parse(t, page), "", testNow)
	if m.Published == nil || m.Published.Value != "2025-11-12T08:00:00Z" {
		t.Errorf("published = %+v, want 2025-11-12T08:00:00Z", m.Published)
	}
}
