package htmlmeta

import "testing"

// TestUpdatedLabelBounds covers the bounds of rule dateUpdatedLabel: an
// "updated" line in chrome (a sidebar's card) or past the first
// maxUpdateLines dated texts (a list of other stories) gives no Modified.
func TestUpdatedLabelBounds(t *testing.T) {
	for _, tc := range []struct{ name, after string }{
		{"in chrome", `<aside><div class="date">Updated 9 June 2024</div></aside>`},
		{"past the first dated texts", `<div class="date">Published 4 June 2024</div><div class="date">Updated 9 June 2024</div>`},
	} {
		page := `<html><head><title>Tram</title></head><body><article><h1>Tram line approved</h1><div class="date">Published 4 June 2024</div>` +
			`<p>The council voted on Tuesday night to approve the new tram line to the north of the city.</p></article>` + tc.after + `</body></html>`
		m := Extract(parse(t, page), "https://example.com/tram", testNow)
		if m.Published == nil || dayOf(m.Published.Value) != "2024-06-04" {
			t.Errorf("%s: published = %+v", tc.name, m.Published)
		}
		if m.Modified != nil {
			t.Errorf("%s: modified = %q, want none", tc.name, m.Modified.Value)
		}
	}
}
