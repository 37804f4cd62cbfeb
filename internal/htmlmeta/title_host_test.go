package htmlmeta

import "testing"

// TestGluedHost pins rule titleGluedHost on invented pages: the page's
// host glued before the title by a space goes; a host followed by a
// separator, a title that is only the host, another host and a
// lower-case continuation stay.
func TestGluedHost(t *testing.T) {
	for _, tt := range []struct{ url, title, want string }{
		{"https://quayside.example/2030/winter", "quayside.example Winter Moorings", "Winter Moorings"},
		{"https://www.quayside.example/2030/winter", "Quayside.example Winter Moorings", "Winter Moorings"},
		{"https://quayside.example/", "quayside.example", "quayside.example"},
		{"https://harbour.example/2030/winter", "quayside.example Winter Moorings", "quayside.example Winter Moorings"},
		{"https://quayside.example/2030/winter", "quayside.example and its moorings", "quayside.example and its moorings"},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title></head><body><p>` + tramText + `</p></body></html>`
		if got := Extract(parse(t, page), tt.url, testNow).Title; got != tt.want {
			t.Errorf("%s %q: title = %q, want %q", tt.url, tt.title, got, tt.want)
		}
	}
}
