package htmlmeta

import "testing"

// TestTimeUpdateLabel pins rule dateTimeUpdateLabel: a <time> labelled as
// the update by its own text or the words before it gives the modified
// date, and dates the publication only as an estimate; a <time> after a
// publication label, or unlabelled, dates the publication as before.
// Invented pages.
func TestTimeUpdateLabel(t *testing.T) {
	for _, tt := range []struct {
		line      string
		published string
		estimated bool
		modified  string
	}{
		{`<p>Updated <time datetime="2025-11-13T10:00:00Z">Nov 13, 2025</time></p>`, "2025-11-13", true, "2025-11-13T10:00:00Z"},
		{`<div><time datetime="2025-11-13T10:00:00Z">Updated Nov 13, 2025</time></div>`, "2025-11-13", true, "2025-11-13T10:00:00Z"},
		{`<p><span>Aktualisiert am</span> <time datetime="2025-11-13T10:00:00+01:00">13.11.2025</time></p>`, "2025-11-13", true, "2025-11-13T10:00:00+01:00"},
		{`<p>Published <time datetime="2025-11-12T08:00:00Z">Nov 12</time>, updated <time datetime="2025-11-13T10:00:00Z">Nov 13, 2025</time></p>`, "2025-11-12T08:00:00Z", false, "2025-11-13T10:00:00Z"},
		{`<p><time datetime="2025-11-12T08:00:00Z">Nov 12, 2025</time></p>`, "2025-11-12T08:00:00Z", false, ""},
	} {
		page := `<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1><p class="byline">By Lena Marsh</p>` + tt.line +
			`<p>` + tramText + `</p></article></body></html>`
		m := Extract(parse(t, page), "", testNow)
		mod := ""
		if m.Modified != nil {
			mod = m.Modified.Value
		}
		if m.Published == nil || m.Published.Value != tt.published || m.Published.Estimated != tt.estimated || mod != tt.modified {
			t.Errorf("%s: published = %+v, modified %q; want %s estimated=%v, modified %q", tt.line, m.Published, mod, tt.published, tt.estimated, tt.modified)
		}
	}
}
