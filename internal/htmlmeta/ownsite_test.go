package htmlmeta

import "testing"

// TestOwnSiteName pins rule titleOwnSiteName: a page read without its
// address and declaring no site name tells its site's segment of the
// <title> by a link to its front page or its copyright notice; with
// neither, or with a link only to the folder the page is in, the title
// rules go on as before. Invented pages with no heading.
func TestOwnSiteName(t *testing.T) {
	const story = `<article><p>` + tramText + `</p></article>`
	for _, tt := range []struct {
		name, title, body, want, outlet string
	}{
		{"site first, home link", "Harbour Courier | Ferry fares rise again",
			`<header><a href="/">Harbour Courier</a></header>` + story, "Ferry fares rise again", "Harbour Courier"},
		{"site first, copyright", "Harbour Courier | Ferry fares rise again",
			story + `<footer><p>© 2031 The Harbour Courier. All rights reserved.</p></footer>`, "Ferry fares rise again", "Harbour Courier"},
		{"site last, dash, rel home", "Ferry fares rise again – Harbour Courier",
			`<header><a rel="home" href="https://courier.example/">Harbour Courier</a></header>` + story, "Ferry fares rise again", "Harbour Courier"},
		{"folder link is the page", "Fares - Harbour Docs",
			`<nav><a href="./">Fares</a></nav>` + story, "Fares - Harbour Docs", ""},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title></head><body>` + tt.body + `</body></html>`
		m := Extract(parse(t, page), "", testNow)
		if m.Title != tt.want || m.Outlet != tt.outlet {
			t.Errorf("%s: title %q, outlet %q; want %q, %q", tt.name, m.Title, m.Outlet, tt.want, tt.outlet)
		}
	}
}

// TestOutletFromCanonical pins rule outletFromCanonical: a page read
// without its address, declaring no site name and with a <title> naming
// none, is published at its canonical address's host; an archived copy's
// canonical names the archived site. Invented pages.
func TestOutletFromCanonical(t *testing.T) {
	for _, tt := range []struct{ canonical, want string }{
		{"https://www.courier.example/news/ferry-fares", "courier.example"},
		{"https://web.archive.org/web/20311112080000/https://courier.example/news/ferry-fares", "courier.example"},
	} {
		page := `<html lang="en"><head><title>Ferry fares rise again</title><link rel="canonical" href="` + tt.canonical +
			`"></head><body><article><h1>Ferry fares rise again</h1><p>` + tramText + `</p></article></body></html>`
		if got := Extract(parse(t, page), "", testNow).Outlet; got != tt.want {
			t.Errorf("%s: outlet %q, want %q", tt.canonical, got, tt.want)
		}
	}
}
