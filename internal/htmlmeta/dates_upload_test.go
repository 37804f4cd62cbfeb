package htmlmeta

import "testing"

// TestShownOverUpload pins rule dateShownOverUpload: an article whose only
// JSON-LD is an embedded clip's VideoObject is dated by its byline, not by
// the clip's upload; a byline on the upload's day keeps the declared
// value.
func TestShownOverUpload(t *testing.T) {
	const video = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Storm footage","uploadDate":"2025-11-02T00:00:00Z"}</script>`
	for _, tc := range []struct{ byline, want string }{
		{"By Ivo Marchetti | March 14, 2026", "2026-03-14"},
		{"By Ivo Marchetti | November 2, 2025", "2025-11-02T00:00:00Z"},
	} {
		page := `<html lang="en"><head><title>Sea wall holds | Aldmouth Herald</title>` + video + `</head><body><article><h1>Sea wall holds through the storm</h1>
<p class="byline">` + tc.byline + `</p>
<p>The new sea wall at Aldmouth held through the weekend storm, the harbour master said, after waves topped the old wall twice last winter.</p>
<p>A clip filmed by a resident shows spray reaching the promenade.</p></article></body></html>`
		m := Extract(parse(t, page), "https://aldmouth-herald.example/sea-wall", testNow)
		if m.Published == nil || m.Published.Value != tc.want {
			t.Errorf("%s: Published = %+v, want %s", tc.byline, m.Published, tc.want)
		}
	}
}
