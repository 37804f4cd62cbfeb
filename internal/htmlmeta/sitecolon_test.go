package htmlmeta

import "testing"

// TestArticleSitePrefix pins rule titleArticleSitePrefix: an article's
// <title> that opens with the declared site's name and a colon is titled
// by what follows; a page that is no article keeps the <title> as
// written, and a headline opening with another word and a colon keeps it.
// Invented pages with no heading.
func TestArticleSitePrefix(t *testing.T) {
	for _, tt := range []struct{ title, ogType, want string }{
		{"Harbour Courier: Ferry fares rise again", "article", "Ferry fares rise again"},
		{"Harbour Courier: News from the islands", "website", "Harbour Courier: News from the islands"},
		{"Ferries: fares rise again", "article", "Ferries: fares rise again"},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title><meta property="og:site_name" content="Harbour Courier"><meta property="og:type" content="` + tt.ogType +
			`"></head><body><article><p>` + tramText + `</p></article></body></html>`
		if got := Extract(parse(t, page), "https://courier.example/news/ferry-fares", testNow).Title; got != tt.want {
			t.Errorf("%q (%s): title = %q, want %q", tt.title, tt.ogType, got, tt.want)
		}
	}
}
