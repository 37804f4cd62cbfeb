package htmlmeta

import "testing"

// TestHeadingKeepsMaker pins rule titleHeadingKeepsMaker on invented shop
// pages: a product heading that opens with the maker's name, which is also
// the shop's, keeps it; a heading that opens with the site's exact name
// still loses it.
func TestHeadingKeepsMaker(t *testing.T) {
	for _, tt := range []struct{ title, h1, want string }{
		{"Velora Glide – Trail Edition - Velora - Shop", "Velora Glide - Trail Edition", "Velora Glide - Trail Edition"},
		{"Velora Glide – Trail Edition | Velora", "Velora Glide – Trail Edition", "Velora Glide – Trail Edition"},
		{"Velora - Trail shoes for wet rock | Velora", "Velora - Trail shoes for wet rock", "Trail shoes for wet rock"},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title><meta property="og:site_name" content="Velora"></head>
<body><main><h1>` + tt.h1 + `</h1><p>` + tramText + `</p></main></body></html>`
		checkTitleRule(t, tt.title+" / <h1> "+tt.h1, page, "https://www.velora.example/products/glide-trail", tt.want, "agreedHeading")
	}
}

// TestStripHeadingSite pins the cut itself: a leading segment that only
// opens with the host's label stays, one that is exactly a site name goes,
// and a closing site segment goes as stripSite cuts it.
func TestStripHeadingSite(t *testing.T) {
	sites := []string{"velora"}
	for _, tt := range []struct{ h, want string }{
		{"Velora Glide - Trail Edition", "Velora Glide - Trail Edition"},
		{"Velora - Trail Edition", "Trail Edition"},
		{"Trail Edition - Velora", "Trail Edition"},
		{"Trail Edition", "Trail Edition"},
	} {
		if got := stripHeadingSite(tt.h, sites); got != tt.want {
			t.Errorf("stripHeadingSite(%q) = %q, want %q", tt.h, got, tt.want)
		}
	}
}
