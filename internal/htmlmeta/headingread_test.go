package htmlmeta

import "testing"

// TestHeadingRead pins how an <h1> is read as a reader sees it: rules
// headingTaglinePart, headingSmallClass, headingInlineEdge,
// headingHiddenPart, headingFootnoteMark, headingCommentCounter,
// headingRubyText and headingDeletedText. Invented outlet and stories.
func TestHeadingRead(t *testing.T) {
	for _, tt := range []struct{ name, h1, want string }{
		{"tagline span", `<h1>Ferry fares rise again<span class="story-header__tagline">What commuters will pay from December</span></h1>`, "Ferry fares rise again"},
		{"subtitle span", `<h1><span class="entry-title">Ferry fares rise again</span> <span class="entry-subtitle">What commuters will pay</span></h1>`, "Ferry fares rise again"},
		{"small print part", `<h1><span class="h1small">Harbour Energy Initiative</span> Free power checks for island homes</h1>`, "Free power checks for island homes"},
		{"spacing class kept", `<h1><span class="a-spacing-small">Free power checks for island homes</span></h1>`, "Free power checks for island homes"},
		{"unclassed piece at an edge", `<h1>Ferry fares rise again<span>What commuters will pay from December</span></h1>`, "Ferry fares rise again What commuters will pay from December"},
		{"stop before a piece", `<h1><span>Ferry fares rise again.</span><span>Commuters pay more</span></h1>`, "Ferry fares rise again. Commuters pay more"},
		{"case change inside a word kept", `<h1>Harbour <b>iPhone</b> owners queue for the ferry</h1>`, "Harbour iPhone owners queue for the ferry"},
		{"linked footnote", `<h1>Ferry fares rise again<sup><a href="#note-1">1</a></sup></h1>`, "Ferry fares rise again"},
		{"disclaimer mark", `<h1>Ferry fares from $5 a crossing<sup>*</sup></h1>`, "Ferry fares from $5 a crossing"},
		{"square metres kept", `<h1>Island homes under 50 m<sup>2</sup> sell fast</h1>`, "Island homes under 50 m2 sell fast"},
		{"comment link", `<h1>Ferry fares rise again <a href="#comments" class="comments-link">12 comments</a></h1>`, "Ferry fares rise again"},
		{"comment count in German", `<h1>Fährpreise steigen erneut <span>3 Kommentare</span></h1>`, "Fährpreise steigen erneut"},
		{"comment bubble", `<h1>Ferry fares rise again <span class="comment-count">12</span></h1>`, "Ferry fares rise again"},
		{"respond link", `<h1>Ferry fares rise again <a href="/2030/ferry-fares/#respond">Leave a reply</a></h1>`, "Ferry fares rise again"},
		{"headline linked to its comments", `<h1><a href="/2030/ferry-fares/#comments">Ferry fares rise again</a></h1>`, "Ferry fares rise again"},
		{"views counter", `<h1>Ferry fares rise again <span class="views">1,204 views</span></h1>`, "Ferry fares rise again"},
		{"word that starts like a counter kept", `<h1>Ferry fares: <span>2030 Viewpoint</span></h1>`, "Ferry fares: 2030 Viewpoint"},
		{"hidden by style", `<h1>Ferry fares rise again<span style="display: none">ferry fares island commuters</span></h1>`, "Ferry fares rise again"},
		{"hidden attribute", `<h1>Ferry fares rise again<span hidden>ferry fares</span></h1>`, "Ferry fares rise again"},
		{"ruby reading", `<h1>港の<ruby>運賃<rp>(</rp><rt>うんちん</rt><rp>)</rp></ruby>がまた上がる</h1>`, "港の運賃がまた上がる"},
		{"deleted wording", `<h1><del>Ferry fares fall</del> Ferry fares rise again</h1>`, "Ferry fares rise again"},
		{"form control", `<h1>Ferry fares rise again<select><option>Share</option></select></h1>`, "Ferry fares rise again"},
		{"number and words kept", `<h1><span>3 replies</span> to the harbour board</h1>`, "3 replies to the harbour board"},
		{"counter inside the headline kept", `<h1>Harbour board <span>3 replies</span> to the ferry plan</h1>`, "Harbour board 3 replies to the ferry plan"},
		{"spacing class beside text kept", `<h1><span class="a-spacing-small">Free power checks</span> for island homes</h1>`, "Free power checks for island homes"},
		{"hidden by visibility", `<h1>Ferry fares rise again<span style="Visibility: Hidden">ferry fares island commuters</span></h1>`, "Ferry fares rise again"},
	} {
		page := `<html><head><title>Harbour Courier</title><meta property="og:site_name" content="Harbour Courier"></head>
<body><article>` + tt.h1 + `<p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`
		checkH1Read(t, tt.name, page, "https://harbourcourier.example/2030/03/14/ferry-fares/", tt.want)
	}
}

// checkH1Read checks that the first <h1> collected from page, served at
// url, reads want.
func checkH1Read(t *testing.T, name, page, url, want string) {
	t.Helper()
	c := collect(parse(t, page), url)
	if len(c.h1s) == 0 {
		t.Fatalf("%s: no <h1> read", name)
	}
	if got := c.h1s[0].text; got != want {
		t.Errorf("%s: heading = %q, want %q", name, got, want)
	}
}

// TestTitleClassRead pins that an element classed as the title, on a page
// without an <h1>, is read as a heading is: its tagline and its comment
// counter are not read into it. Invented outlet.
func TestTitleClassRead(t *testing.T) {
	page := `<html><head><title>Harbour Courier</title></head>
<body><article><div class="entry-title">Ferry fares rise again<span class="entry-tagline">What commuters will pay</span> <a href="#comments">4 comments</a></div>
<p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`
	c := collect(parse(t, page), "https://harbourcourier.example/2030/03/14/ferry-fares/")
	if len(c.heads) == 0 {
		t.Fatal("no title-classed element read")
	}
	if got, want := c.heads[0].text, "Ferry fares rise again"; got != want {
		t.Errorf("heading = %q, want %q", got, want)
	}
}

// TestHeadingBadge pins rule headingBadge: a live badge, an "Updated"
// label and a share link inside an <h1> are not the headline; a span that
// styles a headline word, a class that only contains a badge word, and a
// heading that is all badge stay. Invented outlet and stories.
func TestHeadingBadge(t *testing.T) {
	for _, tt := range []struct{ name, h1, want string }{
		{"live badge", `<h1><span class="badge badge--live">LIVE</span> Storm closes the Velmora pass</h1>`, "Storm closes the Velmora pass"},
		{"updated badge glued", `<h1><span class="c-badge">Updated</span>Storm closes the Velmora pass</h1>`, "Storm closes the Velmora pass"},
		{"share link", `<h1>Storm closes the Velmora pass <a class="share_link" href="#share">Share</a></h1>`, "Storm closes the Velmora pass"},
		{"live tag div", `<h1><div class="live-tag">Live</div>Storm closes the Velmora pass</h1>`, "Storm closes the Velmora pass"},
		{"styled word kept", `<h1>Storm closes the <span class="accent">Velmora</span> pass</h1>`, "Storm closes the Velmora pass"},
		{"word inside a class kept", `<h1><span class="olive-grove">Olive</span> growers fear a dry spring</h1>`, "Olive growers fear a dry spring"},
		{"long tagged part kept", `<h1><span class="tag-headline">Storm closes the Velmora pass for the winter</span></h1>`, "Storm closes the Velmora pass for the winter"},
		{"short headline in a live span kept", `<h1><span class="live-headline">Velmora pass shut</span> <span class="badge">LIVE</span></h1>`, "Velmora pass shut"},
		{"all badge kept", `<h1><span class="badge">Live</span></h1>`, "Live"},
	} {
		page := `<html><head><title>Valley Gazette</title><meta property="og:site_name" content="Valley Gazette"></head>
<body><article>` + tt.h1 + `<p>Snow blocked the mountain road on Sunday and the pass will stay shut until the ploughs get through, the canton said.</p></article></body></html>`
		checkH1Read(t, tt.name, page, "https://valleygazette.example/2031/01/09/velmora-pass/", tt.want)
	}
}
