package htmlmeta

import "testing"

// TestBreakSubtitle pins rule titleBreakSubtitle: an <h1> whose subtitle
// follows a <br> is titled by the part before it when a declared title
// is that part (alone or beside the site's name); with no such witness
// the heading stays whole. Invented pages.
func TestBreakSubtitle(t *testing.T) {
	const h1 = `<h1>Ferry fares rise again<br>Island commuters face a third increase this year</h1>`
	for _, tt := range []struct{ head, want string }{
		{`<title>Ferry fares rise again</title>`, "Ferry fares rise again"},
		{`<title>Ferry fares rise again | Harbour Courier</title>`, "Ferry fares rise again"},
		{`<title>Harbour Courier</title><meta property="og:title" content="Ferry fares rise again">`, "Ferry fares rise again"},
		{`<title>Harbour Courier</title>`, "Ferry fares rise again Island commuters face a third increase this year"},
	} {
		page := `<html lang="en"><head>` + tt.head + `</head><body><article>` + h1 + `<p>` + tramText + `</p></article></body></html>`
		if got := Extract(parse(t, page), "", testNow).Title; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.head, got, tt.want)
		}
	}
}
