package htmlmeta

import "testing"

// TestHeadingRead pins how an <h1> is read as a reader sees it: rule
// headingTaglinePart. Invented outlet and stories.
func TestHeadingRead(t *testing.T) {
	for _, tt := range []struct{ name, h1, want string }{
		{"tagline span", `<h1>Ferry fares rise again<span class="story-header__tagline">What commuters will pay from December</span></h1>`, "Ferry fares rise again"},
		{"subtitle span", `<h1><span class="entry-title">Ferry fares rise again</span> <span class="entry-subtitle">What commuters will pay</span></h1>`, "Ferry fares rise again"},
	} {
		page := `<html><head><title>Harbour Courier</title><meta property="og:site_name" content="Harbour Courier"></head>
<body><article>` + tt.h1 + `<p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`
		c := collect(parse(t, page), "https://harbourcourier.example/2030/03/14/ferry-fares/")
		if len(c.h1s) == 0 {
			t.Fatalf("%s: no <h1> read", tt.name)
		}
		if got := c.h1s[0].text; got != tt.want {
			t.Errorf("%s: heading = %q, want %q", tt.name, got, tt.want)
		}
	}
}
