package htmlmeta

import "testing"

// TestShareCard pins rule titleShareCard on invented pages: a site-wide
// og:title that shares no word with the <title> yields to the <title> on
// a page that is no article; an og:title sharing words with it, and an
// article's og:title, stay.
func TestShareCard(t *testing.T) {
	for _, tt := range []struct{ name, og, extra, want string }{
		{"the site's motto on a listing", "Make things, together", "", "Popular toolkits this week"},
		{"an og:title naming the page", "Popular toolkits", "", "Popular toolkits"},
		{"an article's reworded og:title", "Make things, together", `<meta property="og:type" content="article">`, "Make things, together"},
	} {
		page := `<html lang="en"><head><title>Popular toolkits this week · Workbench</title><meta property="og:title" content="` + tt.og + `">` + tt.extra + `
<meta property="og:site_name" content="Workbench"></head><body><main><ul><li>Lathe kit</li><li>Joinery kit</li></ul></main></body></html>`
		if got := Extract(parse(t, page), "https://workbench.example/popular", testNow).Title; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.name, got, tt.want)
		}
	}
}
