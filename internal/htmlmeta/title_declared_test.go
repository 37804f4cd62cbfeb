package htmlmeta

import "testing"

// TestDeclaredSiteFirst pins rule titleDeclaredSiteFirst on invented shop
// pages: a leading <title> segment that only holds the host's label stays
// when the page declares another site name, and goes when the page
// declares none; a leading segment that holds the declared name goes.
func TestDeclaredSiteFirst(t *testing.T) {
	const url = "https://quillon.example/kettles/camp"
	for _, tt := range []struct {
		name, title, head, want string
	}{
		{"the host's label opens the product's name", "Quillon Kettle - Camp Edition", `<meta property="og:site_name" content="Quillon Outfitters">`, "Quillon Kettle - Camp Edition"},
		{"the declared name in JSON-LD", "Quillon Kettle - Camp Edition", `<script type="application/ld+json">{"@type":"WebSite","name":"Quillon Outfitters","url":"https://quillon.example/"}</script>`, "Quillon Kettle - Camp Edition"},
		{"the declared name opens the title", "Quillon Outfitters Shop - Camp Kettles", `<meta property="og:site_name" content="Quillon Outfitters">`, "Camp Kettles"},
		{"no name declared", "Quillon Shop - Camp Kettles", ``, "Camp Kettles"},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title><meta property="og:type" content="product">` + tt.head + `</head><body><main><p>` + tramText + `</p></main></body></html>`
		if got := Extract(parse(t, page), url, testNow).Title; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDeclaredNameOpens pins rule titleDeclaredNameOpens on invented
// forum pages: a leading segment that holds the declared site name
// further on opens the headline and stays; one that opens with the name
// goes.
func TestDeclaredNameOpens(t *testing.T) {
	const (
		url  = "https://forum.birdwatching.example/t/first-binoculars/881"
		head = `<meta property="og:site_name" content="Birdwatching">`
	)
	for _, tt := range []struct {
		name, title, want string
	}{
		{"the name further on", "New to Birdwatching – Which Binoculars First?", "New to Birdwatching – Which Binoculars First?"},
		{"the name opens the segment", "Birdwatching Weekly – Which Binoculars First?", "Which Binoculars First?"},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title>` + head + `</head><body><main><p>` + tramText + `</p></main></body></html>`
		if got := Extract(parse(t, page), url, testNow).Title; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.name, got, tt.want)
		}
	}
}
