package htmlextract

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
)

// golden is the part of the Article the golden files pin: the engine's own
// output (metadata belongs to htmlmeta's tests).
type goldenPage struct {
	Body     []model.Block   `json:"body"`
	Embeds   []model.Embed   `json:"embeds"`
	Images   []model.Image   `json:"images"`
	Video    bool            `json:"video"`
	Removed  []model.Removed `json:"removed"`
	Comments []model.Comment `json:"comments,omitempty"`
}

var testNow = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func TestGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(string(b), Options{URL: "https://example.com/" + name, Comments: name == "comments", Now: testNow})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := goldenPage{Body: a.Body, Embeds: a.Embeds, Images: a.Media.Images, Video: a.Media.Video, Removed: a.Removed, Comments: a.Comments}
			golden.JSON(t, strings.TrimSuffix(p, ".html")+".golden.json", got)
			if a.Text != model.JoinBlocks(a.Body) {
				t.Errorf("Text is not the joined body")
			}
		})
	}
}

// TestPeerFailures pins the complaints the issue names about other
// extractors on the synthetic pages: no cookie banner as content, the last
// paragraph and lists kept, text going on after an embedded post, tables kept.
func TestPeerFailures(t *testing.T) {
	read := func(name string) *model.Article {
		b, err := os.ReadFile(filepath.Join("testdata", name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		a := mustExtract(t, string(b))
		return a
	}
	tests := []struct {
		page, want, notWant string
	}{
		{"news", "The harbour authority, which owns part of the land", ""},
		{"news", "Restored cranes kept as a reminder", ""},
		{"news", "", "We use cookies"},
		{"news", "", "Share on Facebook"},
		{"news", "", "Sign up for our newsletter"},
		{"news", "", "Dockyard sale falls through"},
		{"news", "", "All rights reserved"},
		{"embeds", "The weather service expects the wind to ease", ""},
		{"embeds", "", "The coast road between Millport"},
		{"embeds", "", "Ferry timetable"},
		{"table", "Centre\t58%\t60%", ""},
		{"forum", "Keep them away from sunlight", ""},
		{"forum", "I have just swapped to summer tyres", ""},
		{"product", "Volume: 30 litres", ""},
		{"product", "", "Summit 20 Daypack"},
		{"docs", "workers = 4", ""},
		{"docs", "Unknown settings are reported as errors", ""},
		{"docs", "", "API reference"},
	}
	cache := map[string]*model.Article{}
	for _, tc := range tests {
		a := cache[tc.page]
		if a == nil {
			a = read(tc.page)
			cache[tc.page] = a
		}
		if tc.want != "" && !strings.Contains(a.Text, tc.want) {
			t.Errorf("%s: text lacks %q", tc.page, tc.want)
		}
		if tc.notWant != "" && strings.Contains(a.Text, tc.notWant) {
			t.Errorf("%s: text holds %q", tc.page, tc.notWant)
		}
	}
}

func TestBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 20000) + "<p>" + strings.Repeat("Deep text goes on here. ", 10) + "</p>"
	tests := []struct {
		name, page string
		wantErr    bool
	}{
		{"empty", "", true},
		{"no body text", "<html><head><title>x</title></head><body></body></html>", true},
		{"text only", "just some words without any markup at all, long enough to be a paragraph", false},
		{"deep nesting", deep, false},
		{"only markup", "<div><span></span></div>", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.page, Options{Now: testNow})
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if a == nil {
				t.Fatal("nil article")
			}
		})
	}
}

// TestFallbackHead: rule "fallback-head". A page nested past the parser's
// limit keeps its metadata, read from its head tags, and says once why its
// text has no structure.
func TestFallbackHead(t *testing.T) {
	page := `<!DOCTYPE html><html lang="nl"><head><title>Canal barges return to Veldmere | The Veldmere Post</title>
<meta property="og:site_name" content="The Veldmere Post"/>
<meta name="author" content="Joris Amberg">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Canal barges return to Veldmere","datePublished":"2024-05-02T08:00:00Z"}</script>
<script>var title = "<title>not this</title>";</script></head><body>` +
		strings.Repeat("<div>", 1000) + "<p>" + strings.Repeat("De schepen varen weer door de gracht. ", 10) + "</p>"
	a, err := Extract(page, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{a.Title, a.Outlet, strings.Join(a.Authors, ";"), a.Language}
	if a.Dates.Published != nil {
		got = append(got, a.Dates.Published.Value[:10])
	}
	want := []string{"Canal barges return to Veldmere", "The Veldmere Post", "Joris Amberg", "nl", "2024-05-02"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
	if len(a.Warnings) != 1 || strings.Count(a.Warnings[0], "html: ") != 1 {
		t.Errorf("warnings = %q, want one, prefixed once", a.Warnings)
	}
	if !strings.Contains(a.Text, "De schepen varen weer") {
		t.Errorf("text = %q", a.Text)
	}
}

func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob("testdata/*.html")
	for _, p := range pages {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	f.Add("<blockquote class=twitter-tweet><p>x</p>&mdash; A (@a) <a href=https://twitter.com/a/status/1>May 1, 2020</a></blockquote>")
	f.Add("<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>")
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":["Product"],"description":"<p>a b c</p>"}]}</script><main><p>a b c</p></main>`)
	f.Add(`<main><p>` + strings.Repeat("A mug is thrown by hand and fired twice. ", 12) + `</p></main><ul>` +
		strings.Repeat(`<li><a href="/m">Harbour Mug</a><span>$12</span></li>`, 8) + `</ul>`)
	f.Fuzz(func(t *testing.T, page string) {
		a, err := Extract(page, Options{Comments: true, Now: testNow})
		if a == nil {
			t.Fatalf("nil article (err %v)", err)
		}
		if err == nil && a.Text == "" {
			t.Fatal("no error but empty text")
		}
		for _, e := range a.Embeds {
			if e.Position < 0 || e.Position > len(a.Body) {
				t.Fatalf("embed position %d out of range (%d blocks)", e.Position, len(a.Body))
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	pages, _ := filepath.Glob("testdata/*.html")
	var docs []string
	size := 0
	for _, p := range pages {
		d, _ := os.ReadFile(p)
		docs = append(docs, string(d))
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Extract(d, Options{Now: testNow})
		}
	}
}

func TestFrameURL(t *testing.T) {
	tests := []struct {
		src, platform, id string
	}{
		{"https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fsomepage%2Fposts%2F1234567890&width=500", "facebook", "1234567890"},
		{"https://platform.twitter.com/embed/Tweet.html?id=1234567890&theme=light", "twitter", "1234567890"},
		{"https://mastodon.social/@someone/109876543210/embed", "mastodon", "109876543210"},
		{"https://embed.bsky.app/embed/did:plc:abc123/app.bsky.feed.post/3kxyzabc", "bluesky", "3kxyzabc"},
		{"https://example.com/widget", "", ""},
	}
	for _, tc := range tests {
		e, ok := frameURL(tc.src)
		if ok != (tc.platform != "") || e.Platform != tc.platform || e.PostID != tc.id {
			t.Errorf("frameURL(%q) = %q %q %v, want %q %q", tc.src, e.Platform, e.PostID, ok, tc.platform, tc.id)
		}
	}
}

// TestRepeatedBlocks: rule "repeated-block" keeps one copy of a block the
// page renders twice (mobile and desktop); short repeats and a command
// shown twice stay.
func TestRepeatedBlocks(t *testing.T) {
	para := "The ferry company said the new timetable would add two crossings on weekdays from the first of May, after a year of complaints."
	page := `<html><body><main><article>
<p class="mobile">Free delivery on orders over forty pounds, returns within thirty days.</p>
<p>` + para + `</p>
<p>Passengers on the early boat have waited up to an hour at the pier since the old vessel was withdrawn for repairs in March.</p>
<p>Yes</p><p>Yes</p>
<pre>go install example.org/ferry@latest</pre>
<p>Run it again after each release:</p>
<pre>go install example.org/ferry@latest</pre>
<p class="desktop">Free delivery on orders over forty pounds, returns within thirty days.</p>
</article></main></body></html>`
	a := mustExtract(t, page)
	tests := []struct {
		text string
		want int
	}{
		{"Free delivery on orders over forty pounds", 1},
		{para, 1},
		{"Yes", 2},
		{"go install example.org/ferry", 2},
	}
	for _, tc := range tests {
		if got := strings.Count(a.Text, tc.text); got != tc.want {
			t.Errorf("%q appears %d times, want %d\n%s", tc.text, got, tc.want, a.Text)
		}
	}
}

// TestOverlayRules: rules "overlay-always", "label-hidden", "review-widget"
// and "articlebody-dump" on small synthetic pages.
func TestOverlayRules(t *testing.T) {
	const story = `<p>The council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure and two failed bids.</p>
<p>Repairs to the roof and the boiler will take most of next year, the works committee said, and the pool should open in the spring after.</p>`
	long := strings.Repeat("<p>Your password must be at least eight characters long and hold a capital letter, a digit and a sign.</p>", 4)
	reviews := strings.Repeat("<p>Great rucksack, carried it across the Alps for two weeks without a single sore shoulder, would buy again.</p>", 3)
	tests := []struct {
		name, page, want, notWant string
	}{
		{"login dialog beside a short story",
			`<html><body><div class="page"><main>` + story + `</main></div><div class="x-dialog-login">` + long + `</div></body></html>`,
			"swimming baths", "password must"},
		{"a heading's slug id names no region",
			`<html><body><article>` + story + story + story + `<section id="why-the-most-popular-pool-closed"><h2>Why the pool closed</h2><p>The boiler failed in the winter of 2014 and the council could not find the money to replace it before the lease ran out.</p></section></article></body></html>`,
			"The boiler failed", ""},
		{"label-hidden field shows",
			`<html><body><div class="field field--label-hidden">` + story + `</div><nav><a href="/">Home</a></nav></body></html>`,
			"Repairs to the roof", ""},
		{"one reviews widget is comments",
			// (the widget must hold less than keepShare of the prose)
			`<html><body><main><h1>Summit 30 rucksack</h1>` + story + story + `<div id="customer-reviews">` + reviews + `</div></main></body></html>`,
			"swimming baths", "Great rucksack"},
		{"a reviews widget beside rating lines is comments",
			// rule "review-widget": three rating lines ("4.5 (12 reviews)")
			// and one widget holding most of their text
			`<html><body><main><h1>Summit 30 rucksack</h1><div class="rating-reviews">4.5 (12)</div>` + story + story +
				`<div class="reviews-stars">4.5</div><div class="reviews-count">12 reviews</div><div id="customer-reviews">` + reviews + `</div></main></body></html>`,
			"swimming baths", "Great rucksack"},
		{"a reviews widget outweighing the description is comments",
			// rule "review-widget" has no keepShare safeguard
			`<html><body><main><h1>Summit 30 rucksack</h1><div class="description">` + story + story + `</div><div id="customer-reviews">` + reviews + reviews + reviews + `</div></main></body></html>`,
			"swimming baths", "Great rucksack"},
		{"a directory's reviews cards are the content",
			`<html><body><main><h1>Movers in town</h1>` + story + strings.Repeat(`<div class="card reviews"><h3>Harbour Movers</h3><p>Great movers, carried the piano up four floors without a scratch on it or on the walls.</p></div>`, 4) +
				`</main></body></html>`,
			"Great movers", ""},
		{"articleBody that is the whole page",
			`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Baths","articleBody":"` +
				strings.Repeat("Filler sentence of the page dump. ", 30) + `Comment by Ann: I learned to swim there in the seventies and cannot wait."}</script></head>` +
				`<body><article>` + story + `</article><div class="comments"><p>Comment by Ann: I learned to swim there in the seventies and cannot wait.</p></div></body></html>`,
			"swimming baths", "Filler sentence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("text lacks %q:\n%s", tc.want, a.Text)
			}
			if tc.notWant != "" && strings.Contains(a.Text, tc.notWant) {
				t.Errorf("text holds %q:\n%s", tc.notWant, a.Text)
			}
		})
	}
}

// TestClassifyHidden: rule "utility-hidden" against the "hidden" class word.
func TestClassifyHidden(t *testing.T) {
	tests := []struct {
		class string
		want  boilerKind
	}{
		{"hidden", bkOther},
		{"is-hidden modal-body", bkOther},
		{"overflow-hidden relative", bkNone},
		{"sm:flex hidden items-center", bkNone},
		{"hidden-xs col-md-4", bkNone},
		{"field field--label-hidden", bkNone},
		// rule "conditional-utility"
		{"[&_a.hidden]:hidden text-sm", bkNone},
		{"data-[state=closed]:hidden pb-4", bkNone},
		{"group-hover:hidden", bkNone},
		{"md:hidden", bkOther},
		// rule "below-desktop": hidden below lg only, shown on a desktop
		{"max-lg:hidden", bkNone},
		{"flex max-md:hidden", bkNone},
		{"max-2xl:hidden", bkOther},
		{"print:hidden", bkOther},
	}
	for _, tc := range tests {
		if got, _ := classifyValue(tc.class); got != tc.want {
			t.Errorf("classifyValue(%q) = %d, want %d", tc.class, got, tc.want)
		}
	}
}

// TestCreditedCaption: rule "credited-caption" drops a caption with its
// credit outside <figure>, and keeps prose that merely holds a "©".
func TestCreditedCaption(t *testing.T) {
	page := `<html><body><article>
<p>The council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure and two failed bids.</p>
<div class="img"><img src="/baths.jpg"><span>The baths in 1962. © Harbour Archive / J. Smith</span></div>
<div class="img"><img src="/mayor.jpg"><span>Mayor Ann Lee, photo: Town Hall press office</span></div>
<p>The band's name is a pun on the © sign, said its singer, who designed the logo on the back of a ticket in 1998.</p>
</article></body></html>`
	a := mustExtract(t, page)
	if strings.Contains(a.Text, "Harbour Archive") || strings.Contains(a.Text, "press office") {
		t.Errorf("caption kept:\n%s", a.Text)
	}
	checkKept(t, a, "pun on the © sign", "prose", true)
}

func TestInvisible(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"\u200d", true},
		{" \u200b \ufeff", true},
		{"a\u200d", false},
		{"Ferry", false},
	}
	for _, tc := range tests {
		if got := invisible(tc.in); got != tc.want {
			t.Errorf("invisible(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestLeadParagraph: rule "lead-paragraph" keeps a standfirst that sits in
// the article's header, two levels away from the body wrapper.
func TestLeadParagraph(t *testing.T) {
	body := strings.Repeat("<p>The council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure and two failed bids.</p>\n", 4)
	page := `<html><body><main><article>
<div class="row"><header><h1>Baths to reopen</h1><div class="content__intro">Swimmers will be back in the harbour pool by next spring, the council promised.</div>
<div class="byline">By Ann Lee</div></header></div>
<div class="wrap"><div class="body">` + body + `</div></div>
</article></main><div class="sidebar"><p class="summary">A summary of another story that sits after the article and is no lead.</p></div></body></html>`
	a := mustExtract(t, page)
	if !strings.HasPrefix(a.Text, "Swimmers will be back") {
		t.Errorf("lead missing or misplaced:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "another story") {
		t.Errorf("a summary outside the article was taken:\n%s", a.Text)
	}
}

func TestCounterOnly(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"#12", true},
		{"#1,204", true},
		{"#", false},
		{"12", false},
		{"#MeToo", false},
		{"#12 is the best", false},
	}
	for _, tc := range tests {
		if got := counterOnly(tc.in); got != tc.want {
			t.Errorf("counterOnly(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestClassifyRelatedBoxes: rule "class-token" for link boxes set into the
// text and "most read" boxes.
func TestClassifyRelatedBoxes(t *testing.T) {
	tests := []struct {
		class string
		want  boilerKind
	}{
		{"teaser teaser--linkbox teaser--embed", bkRelated},
		{"linkbox_large v2", bkRelated},
		{"meistgelesen col-md-12", bkRelated},
		{"link box", bkNone},
		{"linkboxes", bkNone},
	}
	for _, tc := range tests {
		if got, _ := classifyValue(tc.class); got != tc.want {
			t.Errorf("classifyValue(%q) = %d, want %d", tc.class, got, tc.want)
		}
	}
}

// TestNestedAuthorBox: one author box whose parts are all author-classed
// (author-box-wrap > author-box-text) is one author, not a thread's
// signatures, and is dropped.
func TestNestedAuthorBox(t *testing.T) {
	body := strings.Repeat("<p>The council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure and two failed bids.</p>\n", 4)
	page := `<html><body><main><article><h1>Baths to reopen</h1><div class="content">` + body + `
<div id="author-box-wrap"><div id="author-box-img"><img src="a.jpg"></div><div id="author-box-name"><a href="/ann">Ann Lee</a></div>
<div id="author-box-text"><p>Ann covers the harbour and the town council. You can follow her on the usual networks.</p></div></div>
</div></article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "failed bids", "article", true)
	checkKept(t, a, "covers the harbour", "author box", false)
}

// TestClassifyChrome: rule "class-token" for breadcrumb trails named
// "crumbs", fly-out menus and "get our app" boxes.
func TestClassifyChrome(t *testing.T) {
	tests := []struct {
		class string
		want  boilerKind
	}{
		{"entry-crumbs", bkNav},
		{"td-crumb-container", bkNav},
		{"c-flyout js-flyout", bkNav},
		{"appstores", bkAd},
		{"app-store-badge", bkNone},
		{"crumble-recipe", bkNone},
		{"cmp-richtext--disclaimer", bkOther},
		{"page-disclosures", bkOther},
		{"faq-disclosure", bkNone},
		{"nocontent", bkOther},
		{"email-signup-box", bkNewsletter},
		{"c-popover", bkOther},
		{"cta-banner", bkOther},
		{"page-feedback", bkOther},
		{"ctaButton", bkOther},
	}
	for _, tc := range tests {
		if got, _ := classifyValue(tc.class); got != tc.want {
			t.Errorf("classifyValue(%q) = %d, want %d", tc.class, got, tc.want)
		}
	}
}

// TestRoleLandmark: rule "role-landmark" keeps ARIA navigation landmarks
// boilerplate when class words are relaxed; class words and the banner do
// not.
func TestRoleLandmark(t *testing.T) {
	tests := []struct {
		relax int
		word  string
		boil  boilerKind
		want  bool
	}{
		{2, "role:navigation", bkNav, true},
		{2, "role:contentinfo", bkNav, true},
		{1, "role:search", bkNav, true},
		{2, "role:banner", bkNav, false},
		{2, "class:menu", bkNav, false},
		{2, "tag:nav", bkNav, true},
	}
	for _, tc := range tests {
		x := &extractor{relax: tc.relax}
		p := nodeInfo{boiler: tc.boil, word: wordOf(t, tc.word)}
		if got := x.applies(&p); got != tc.want {
			t.Errorf("relax %d, %s: applies = %v, want %v", tc.relax, tc.word, got, tc.want)
		}
	}
}

// TestAllLinkList: rule "link-list" prunes a list that is nothing but
// links (a "Further information" list under an article), not only lists
// with some unlinked text.
func TestAllLinkList(t *testing.T) {
	var body strings.Builder
	for i := range 14 {
		fmt.Fprintf(&body, "<p>Item %d: the council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure and two failed bids.</p>\n", i)
	}
	page := `<html><body><main><article><h1>Baths to reopen</h1><div class="text">` + body.String() + `
<h3>Further information</h3><ul><li><a href="/pool-plans">Plans for the harbour pool</a></li></ul>
</div></article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "failed bids", "article", true)
	checkKept(t, a, "Plans for the harbour pool", "all-link list", false)
}

// TestTrailingColonHeading: rule "trailing-heading" drops a heading with a
// colon that closes the text, and keeps one without.
func TestTrailingColonHeading(t *testing.T) {
	body := points(5)
	for _, tc := range []struct {
		head string
		kept bool
	}{
		{"Other blogs taking part:", false},
		{"Opening in spring", true},
	} {
		page := `<html><body><main><article><h1>Baths to reopen</h1>` + body + `<h3>` + tc.head + `</h3></article></main></body></html>`
		a := mustExtract(t, page)
		if got := strings.Contains(a.Text, tc.head); got != tc.kept {
			t.Errorf("%q kept = %v, want %v:\n%s", tc.head, got, tc.kept, a.Text)
		}
		checkKept(t, a, "Point 4", "article", true)
	}
}

// TestDisclosurePanel: rule "disclosure-panel" keeps the collapsed answers
// of an FAQ and an accordion, and still drops a hidden menu and a hidden
// block with no panel marks.
func TestDisclosurePanel(t *testing.T) {
	body := points(4)
	const answer = "Swimmers pay four pounds a session, and children under twelve swim free on weekend mornings."
	tests := []struct {
		name, panel string
		kept        bool
	}{
		{"after a button", `<button type="button">What does a swim cost?</button><div class="hidden"><p>` + answer + `</p></div>`, true},
		{"after a heading holding the toggle", `<h3><button aria-expanded="false">What does a swim cost?</button></h3><div hidden><p>` + answer + `</p></div>`, true},
		{"region role", `<h3>What does a swim cost?</h3><div style="display: none" role="region"><p>` + answer + `</p></div>`, true},
		{"panel word", `<h3>What does a swim cost?</h3><div class="faq__answer" style="display:none"><p>` + answer + `</p></div>`, true},
		{"tab panel", `<h3>Prices</h3><div class="tab__content" style="display:none"><p>` + answer + `</p></div>`, true},
		{"no panel marks", `<h3>What does a swim cost?</h3><div class="hidden"><p>` + answer + `</p></div>`, false},
		{"conditional utility", `<h3>What does a swim cost?</h3><div class="[&amp;_a.hidden]:hidden text-gray-700"><p>` + answer + `</p></div>`, true},
		{"screen-size utility", `<h3>What does a swim cost?</h3><div class="lg:hidden text-gray-700"><p>` + answer + `</p></div>`, false},
		{"hidden menu after a button", `<button>Menu</button><div class="hidden"><ul><li><a href="/a">Swimmers pay four pounds a session</a></li><li><a href="/b">children under twelve swim free on weekend mornings</a></li></ul></div>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><main><article><h1>Baths to reopen</h1>` + body + `<section><h2>Questions</h2><div>` + tc.panel + `</div></section></article></main></body></html>`
			a := mustExtract(t, page)
			checkKept(t, a, "Swimmers pay four pounds", "panel", tc.kept)
			checkKept(t, a, "Point 3", "article", true)
		})
	}
}

// TestLinkedDataTable: rule "linked-data-table" keeps a table of linked
// names under a header row, while a table of menu links is still pruned
// as a link list.
func TestLinkedDataTable(t *testing.T) {
	body := points(20)
	var data strings.Builder
	data.WriteString(`<table><tr><th>Year</th><th>Swimming</th><th>Diving</th><th>Water polo</th></tr>`)
	for y := 2001; y <= 2006; y++ {
		fmt.Fprintf(&data, `<tr><td>%d</td><td><a href="/s%d">Anna Berglund-Marsh</a></td><td><a href="/d%d">Tomas Okonkwo</a></td><td><a href="/w%d">Harbour Swimming Club</a></td></tr>`, y, y, y, y)
	}
	data.WriteString(`</table>`)
	nav := `<table><tr><td><a href="/news">News</a></td><td><a href="/sport">Sport</a></td><td><a href="/weather">Weather</a></td><td><a href="/contact">Contact the newsroom</a></td></tr></table>`
	page := `<html><body><main><article><h1>Baths to reopen</h1>` + body + data.String() + nav + `</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Tomas Okonkwo", "linked data table", true)
	checkKept(t, a, "Contact the newsroom", "menu table", false)
	checkKept(t, a, "Point 19", "article", true)
}

// TestLeadParagraphDeep: rule "lead-paragraph" finds an intro three
// levels above the body text when no <article> or <main> wraps them, and
// one inside a header whose classes name its share bar.
func TestLeadParagraphDeep(t *testing.T) {
	body := strings.Repeat("<p>The council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure and two failed bids.</p>\n", 8)
	const lead = "Swimmers will be back in the harbour pool by next spring, the council promised."
	tests := []struct{ name, page string }{
		{"deep intro", `<html><body><div class="page"><div class="article-content"><div class="article-intro"><p>` + lead + `</p></div>
<div class="article-body"><div class="container"><div class="body-text">` + body + `</div></div></div></div></div>
<div class="footer-links"><p class="summary">A summary of another story that sits after the article and is no lead.</p></div></body></html>`},
		{"intro in a sharing header", `<html><body><main><article><header class="article-header has-sharing"><h1>Baths to reopen</h1><div class="article-header__abstract">` + lead + `</div>
<ul class="share"><li><a href="/fb">Facebook</a></li></ul></header><section class="content"><div class="text">` + body + `</div></section></article></main></body></html>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			if !strings.HasPrefix(a.Text, lead) {
				t.Errorf("lead missing or misplaced:\n%s", a.Text)
			}
			if strings.Contains(a.Text, "another story") || strings.Contains(a.Text, "Facebook") {
				t.Errorf("text outside the article was taken:\n%s", a.Text)
			}
		})
	}
}

// TestHeaderStandfirst: rule "lead-paragraph" keeps a plain paragraph in
// the article's <header> (no lead class), also when a theme's <main>
// holds the header beside the post's own <article>, and in a header
// without the headline inside that landmark; a header's byline line, a
// note folded in <details>, a site banner's offer (without a landmark a
// <header> counts only when it holds the headline) and a summary box in
// the page's wrapper, above the landmark, stay out.
func TestHeaderStandfirst(t *testing.T) {
	const lead = "Snow on the roof panels costs more than a winter's yield, engineers warned."
	tests := []struct{ name, page string }{
		{"plain paragraph in the header", `<html><body><main><div class="wrap"><header class="mt-0"><h1>Snow and solar</h1><p class="text-xl">` + lead + `</p>
<p class="meta">By Ann Lee, Monday 3 May 2021 08:05 GMT and a few more words</p>
<details><summary>Fact-check note</summary><p>Two engineers checked every figure in this piece before it ran.</p></details></header>
<div class="body"><div class="inner">` + points(6) + `</div></div></div></main></body></html>`},
		{"header beside the post's article", `<html><body><header class="site"><p>Free delivery on every order above fifty euros this week only.</p></header>
<main class="site-main"><header class="entry-header"><h1>Snow and solar</h1><div class="dek"><p>` + lead + `</p></div>
<p>Published by <a rel="author" href="/ann">Ann Lee</a> on <time>3 May</time> in the energy section</p></header>
<div class="main-content"><article class="post"><div class="entry-content"><article class="article-body">` + points(6) + `</article></div></article></div></main></body></html>`},
		{"a line holding a byline-classed name", `<html><body><main><div class="wrap"><header class="mt-0"><h1>Snow and solar</h1><p class="text-xl">` + lead + `</p>
<p><span class="author-name">Bo Chen</span> reports from the coast for the energy desk</p></header>
<div class="body"><div class="inner">` + points(6) + `</div></div></div></main></body></html>`},
		{"the landmark, not the page's wrapper", `<html><body><div class="page"><div class="shop-summary"><p>Free delivery on every order above fifty euros this week only, from the harbour shop.</p></div>
<main class="site-main"><header class="entry-header"><h1>Snow and solar</h1><p>` + lead + `</p></header><article class="post"><article class="article-body">` + points(6) + `</article></article></main></div></body></html>`},
		{"site banner beside the article's header, no landmark", `<html><body><div class="page"><header class="site"><p>Free delivery on every order above fifty euros this week only, from the harbour shop.</p></header>
<div class="post"><header><h1>Snow and solar</h1><p>` + lead + `</p></header><div class="body">` + points(6) + `</div></div></div></body></html>`},
		{"headline-less header inside the landmark", `<html><body><main class="site-main"><h1>Snow and solar</h1><header class="entry-header"><p>` + lead + `</p></header>
<div class="main-content"><article class="post"><div class="entry-content"><article class="article-body">` + points(6) + `</article></div></article></div></main></body></html>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			if !strings.HasPrefix(a.Text, lead) {
				t.Errorf("standfirst missing or misplaced:\n%s", a.Text)
			}
			checkKept(t, a, "Ann Lee", "byline line", false)
			checkKept(t, a, "reports from the coast", "line holding a byline-classed name", false)
			checkKept(t, a, "checked every figure", "folded note", false)
			checkKept(t, a, "Free delivery", "site banner", false)
		})
	}
}

// TestPendingText: rule "pending-text" keeps the start of a sentence cut
// by a dropped inline element, and the loose text of a section under its
// heading when a dropped block follows it; a label before a dropped
// widget still goes.
func TestPendingText(t *testing.T) {
	body := points(16)
	page := `<html><body><main><article><h1>Baths to reopen</h1>` + body + `
<p>Growing up by the sea, I thought every town kept a pool by the <span class="share-tooltip">Share this</span> harbour wall for the winter.</p>
<h2>1. The opening gala</h2>Date: 6 March<br>Place: the harbour front<br>The mayor opens the pool with a relay of local clubs and a night swim.<br>
<div class="carousel"><img src="/a.jpg" alt=""><span>Slide 1 of 3</span></div>
<h2>2. The first season</h2><p>Lanes open at six every morning from April to October for club and public swimmers.</p>
<div>The pool keeps its old tiles, which the council restored one by one.<div class="share-bar"><a href="/fb">Facebook</a></div></div>
<p>Was this article helpful?<div class="rating-widget social"><a href="/up">Yes</a><a href="/down">No</a></div></p>
</article></main></body></html>`
	a := mustExtract(t, page)
	for _, want := range []string{"Growing up by the sea, I thought every town kept a pool by the harbour wall", "1. The opening gala", "The mayor opens the pool", "Lanes open at six", "restored one by one"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, notWant := range []string{"Slide 1 of 3", "Was this article helpful"} {
		if strings.Contains(a.Text, notWant) {
			t.Errorf("text holds %q:\n%s", notWant, a.Text)
		}
	}
}

// TestDatelineAndFigureLabel: rules "dateline" and "figure-label" on
// single blocks.
func TestDatelineAndFigureLabel(t *testing.T) {
	tests := []struct {
		text             string
		dateline, figure bool
	}{
		{"Published on March 4, 2025", true, false},
		{"Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02", true, false},
		{"Veröffentlichung: 2. Februar 2022", true, false},
		{"Last updated 2026-03-05 UTC.", true, false},
		{"Published reports from 2019 show that the harbour pool lost money in every season it was open.", false, false},
		{"Updated guidance for swimmers", false, false},
		{"Abbildung 4: klassische Schwachschicht.", false, true},
		{"Figure 12. Two branches pointing into the same series of commits", false, true},
		{"FIGURE 1.", false, true},
		{"Figure 2 shows the torque of the motor at each speed.", false, false},
		{"Figures for 2024 are not yet out.", false, false},
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.", true},
		{"Republish our articles for free, online or in print, under a Creative Commons license.", true},
		{"Creative Commons licences let authors choose how others may reuse their work.", false},
		{"Published 16.08.2019\nLength: 1 hour\nLicence: CC-BY 4.0", false},
	} {
		if got := licenseNotice(tc.text, strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("licenseNotice(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, tc := range tests {
		if got := datelineBlock(tc.text, strings.ToLower(tc.text)); got != tc.dateline {
			t.Errorf("datelineBlock(%q) = %v, want %v", tc.text, got, tc.dateline)
		}
		if got := figureLabel(tc.text, strings.ToLower(tc.text)); got != tc.figure {
			t.Errorf("figureLabel(%q) = %v, want %v", tc.text, got, tc.figure)
		}
	}
	body := points(4)
	page := `<html><body><main><article><h1>Baths to reopen</h1><p>Published on March 4, 2025</p>` + body +
		`<p><img src="/pool.jpg" alt=""></p><p>Figure 1: The pool in 1936.</p></article></main></body></html>`
	a := mustExtract(t, page)
	if strings.Contains(a.Text, "Published on") || strings.Contains(a.Text, "Figure 1") || !strings.Contains(a.Text, "Point 3") {
		t.Errorf("unexpected text:\n%s", a.Text)
	}
}

// TestListicleItem: rule "listicle-item" keeps product cards set between
// a buying guide's paragraphs and still drops a box of related cards.
func TestListicleItem(t *testing.T) {
	var body strings.Builder
	for i := range 3 {
		fmt.Fprintf(&body, "<p>Point %d: the council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure and two failed bids.</p>\n", i)
		fmt.Fprintf(&body, `<div class="product"><h3><a href="/goggles-%d">Harbour Goggles %d</a></h3><p>Anti-fog lenses and a soft seal; the pair we swam with all winter.</p></div>`+"\n", i, i)
		fmt.Fprintf(&body, "<p>More %d: repairs to the roof and the boiler will take most of next year, the works committee said on Tuesday evening.</p>\n", i)
	}
	var related strings.Builder
	for i := range 4 {
		fmt.Fprintf(&related, `<div class="card"><h3><a href="/story-%d">Another story about the harbour %d</a></h3><p>A summary of another story on the site.</p></div>`, i, i)
	}
	for i := range 12 {
		fmt.Fprintf(&body, "<p>Note %d: lanes open at six every morning from April to October for club and public swimmers alike.</p>\n", i)
	}
	page := `<html><body><main><article><h1>Best goggles</h1><div class="text">` + body.String() + `</div><div class="more">` + related.String() + `</div></article></main></body></html>`
	a := mustExtract(t, page)
	if !strings.Contains(a.Text, "Harbour Goggles 2") || !strings.Contains(a.Text, "Anti-fog lenses") {
		t.Errorf("listicle items lost:\n%s", a.Text)
	}
	checkKept(t, a, "Another story about the harbour", "related cards", false)
}

// TestInPageLinkHeading: rule "in-page-link": an FAQ whose questions are
// headings linked to their own anchors is no run of teaser cards.
func TestInPageLinkHeading(t *testing.T) {
	var body strings.Builder
	body.WriteString(points(16))
	body.WriteString(`<div class="faq">`)
	for i := range 3 {
		fmt.Fprintf(&body, `<div class="item"><h3><a href="#q%d">Question %d: can children swim for free?</a></h3><p>Children under twelve swim free on weekend mornings.</p></div>`, i, i)
	}
	body.WriteString(`</div>`)
	page := `<html><body><main><article><h1>Baths to reopen</h1>` + body.String() + `</article></main></body></html>`
	a := mustExtract(t, page)
	if !strings.Contains(a.Text, "Question 2: can children swim") || !strings.Contains(a.Text, "under twelve") {
		t.Errorf("FAQ lost:\n%s", a.Text)
	}
}

// TestHeadingOfDropped: the heading over a related-links box goes with
// it; the heading over a carousel or a call to action stays (rule
// "presentational").
func TestHeadingOfDropped(t *testing.T) {
	body := points(16)
	page := `<html><body><main><article><h1>Baths to reopen</h1>` + body +
		`<h2>Trusted by local clubs</h2><div class="logo-carousel"><img src="/a.png" alt=""><span>Harbour Swimming Club</span></div>` +
		`<p>The pool opens in spring for all of the clubs and schools of the town.</p>` +
		`<h2>Lessons for every age</h2><div class="cta-box"><a href="/book">Book a lesson</a></div>` +
		`<p>Lessons run on weekday evenings and on Saturday mornings.</p>` +
		`<h2>Related stories</h2><div class="related-posts"><p>Ferry timetable changes for the summer season, with two extra sailings.</p></div>` +
		`</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Trusted by local clubs", "section heading over a carousel", true)
	checkKept(t, a, "Lessons for every age", "section heading over a call to action", true)
	if strings.Contains(a.Text, "Related stories") || strings.Contains(a.Text, "Ferry timetable") {
		t.Errorf("related box kept:\n%s", a.Text)
	}
}

// TestHeadingOfEmptyRegion: rule "heading-of-dropped" before an empty
// region named as boilerplate: the heading stays when its section's text
// follows the empty region, and goes when the next block is a heading of
// its level or nothing.
func TestHeadingOfEmptyRegion(t *testing.T) {
	page := `<html><body><main><article><h1>Baths to reopen</h1>` + points(12) +
		`<h2>When the pool opens</h2><div class="ad-slot"></div><div class="ad-slot"></div>` +
		`<p>The pool opens in spring for all of the clubs and schools of the town.</p>` +
		`<h2>Latest from the harbour</h2><div class="widget-related"></div>` +
		`<h2>How lessons work</h2><div class="ad-slot"></div>` +
		`<p>Lessons run on weekday evenings and on Saturday mornings for a small fee.</p>` +
		`<blockquote class="twitter-tweet"><p>Pool lessons start in spring!</p>&mdash; Town Baths (@townbaths) <a href="https://twitter.com/townbaths/status/1">March 2, 2021</a></blockquote>` +
		`<h2>More news</h2><div class="related-posts"></div>` +
		`</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "When the pool opens", "heading of a section after an empty ad slot", true)
	checkKept(t, a, "How lessons work", "heading of a section after an empty ad slot", true)
	checkKept(t, a, "Latest from the harbour", "heading of an empty widget", false)
	checkKept(t, a, "More news", "closing heading of an empty widget", false)
	// The embed after the lessons paragraph stays after it once the
	// headings before it are gone.
	if len(a.Embeds) != 1 {
		t.Fatalf("embeds = %d, want 1", len(a.Embeds))
	}
	if p := a.Embeds[0].Position; p < 1 || p > len(a.Body) || !strings.HasPrefix(a.Body[p-1].Text, "Lessons run") {
		t.Errorf("embed at %d, want after the lessons paragraph (%d blocks)", p, len(a.Body))
	}
	// A heading before an empty ad slot that goes with the related links
	// after it leaves its place to the next heading, which was before no
	// empty region and stays.
	page = `<html><body><main><article><h1>Baths to reopen</h1>` + points(12) +
		`<h2>Around the harbour</h2><div class="ad-slot"></div><div class="related-posts"><p><a href="/r1">The old lighthouse reopens to visitors this summer</a></p></div>` +
		`<h2>Opening hours</h2><h2>Prices</h2><p>Entry costs three euros for adults and one euro for children under twelve.</p>` +
		`</article></main></body></html>`
	a = mustExtract(t, page)
	checkKept(t, a, "Around the harbour", "heading of the related links", false)
	checkKept(t, a, "Opening hours", "heading in the place of a removed one", true)
}

// TestSignupForm: rule "signup-form" drops a form asking for an e-mail
// address inside the article, whatever its classes; a form that takes a
// message (a textarea) is not a signup.
func TestSignupForm(t *testing.T) {
	page := `<html><body><main><article><h1>Baths to reopen</h1>` + points(10) +
		`<form action="/subscribe" class="af-form"><p>Join our free harbour newsletter and never miss a tide table</p>` +
		`<input type="text" name="email" value="Your e-mail"><input type="submit" value="Join"></form>` +
		`<p>The first swimmers are expected on the opening weekend, when entry will be free for children.</p>` +
		`<form action="/ask" class="box"><p>Send the council a question about the opening hours of the pool</p>` +
		`<input type="email" name="from"><textarea name="q"></textarea></form>` +
		`</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "harbour newsletter", "signup form", false)
	checkKept(t, a, "The first swimmers", "text after the form", true)
	for _, r := range a.Removed {
		if r.Rule == "signup-form" && strings.Contains(r.Text, "opening hours") {
			t.Errorf("a form taking a message was taken for a signup: %q", r.Text)
		}
	}
	// A form wrapping much of the page (ASP.NET) with a log-in e-mail
	// field is no signup: signupFormMax keeps its text.
	wrapped := `<html><body><form id="aspnetForm" method="post"><div class="login"><input type="email" name="user"></div>` +
		`<h1>Baths to reopen</h1><div class="part">` + points(8) + `</div></form><div class="part">` +
		strings.ReplaceAll(points(8), "Point", "Note") + `</div></body></html>`
	checkKept(t, mustExtract(t, wrapped), "Point 4: the council", "page inside a wrapping form", true)
}

// TestProductDescription: rule "product-description": a declared Product's
// long description replaces a body that missed it (the reviews were taken
// for the content); a body that holds it, a short description and an
// encoded one change nothing.
func TestProductDescription(t *testing.T) {
	desc := strings.Repeat("The harbour kettle boils a litre of water in three minutes on any stove and keeps it warm for an hour. ", 4) +
		"Its enamel finish comes in five colours, and the handle stays cool to the touch."
	var reviews strings.Builder
	for i := range 6 {
		fmt.Fprintf(&reviews, "<p>Review %d: we took this kettle on a sailing trip along the coast and it was the best thing on board, every morning the tea was ready before the crew woke up.</p>\n", i)
	}
	ld := func(d string) string {
		b, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "Product", "name": "Harbour Kettle", "description": d})
		return `<script type="application/ld+json">` + string(b) + `</script>`
	}
	page := func(d, shown string) string {
		return `<html><head>` + ld(d) + `</head><body><main><h1>Harbour Kettle</h1>` + shown +
			`<section class="product-reviews">` + reviews.String() + `</section></main></body></html>`
	}
	for _, tc := range []struct {
		name, page string
		want       bool // the body is the description
	}{
		{"missed", page(desc, `<div class="tab" hidden><p>Made on the coast.</p></div>`), true},
		// held: the root holds the description and the reviews; rule
		// "product-region" narrows it to the description's region.
		{"held", page(desc, `<div class="description"><p>`+desc+`</p></div>`), true},
		{"short", page("A small kettle for the boat, in five colours.", ``), false},
		{"encoded", page(url.PathEscape(desc+" "+desc), ``), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			if got := a.Text == desc; got != tc.want {
				t.Errorf("body is the description: %v, want %v\n%s", got, tc.want, a.Text)
			}
			if !tc.want && !strings.Contains(a.Text, "Review 3") {
				t.Errorf("body lost:\n%s", a.Text)
			}
		})
	}
}

// TestFooterRoot: rule "footer-root": a page whose markup holds nothing
// but its footer's link columns has no content, whether the search ends
// in the footer or around it; a short page whose text sits outside the
// footer keeps it.
func TestFooterRoot(t *testing.T) {
	var cols strings.Builder
	for i := range 4 {
		fmt.Fprintf(&cols, `<div class="col"><p>Column %d</p><p><a href="/a%d">About our shop</a></p><p><a href="/b%d">Shipping and returns</a></p><p>Call us any weekday from nine to five</p></div>`, i, i, i)
	}
	footer := `<div class="site-footer"><div class="footer-main">` + cols.String() + `</div></div>`
	empty := `<html><body><div id="app"><script>render()</script></div>` + footer + `</body></html>`
	if a, err := Extract(empty, Options{Now: testNow}); !errors.Is(err, model.ErrNoContent) {
		t.Errorf("footer-only page: err %v, text:\n%s", err, a.Text)
	}
	// A <footer> inside the root (the page's body) that holds most of
	// the page's text: a shop page drawn by scripts.
	shell := `<html><body><div class="wrap"><p>Basket (0)</p><footer>` + cols.String() + `</footer></div></body></html>`
	if a, err := Extract(shell, Options{Now: testNow}); !errors.Is(err, model.ErrNoContent) {
		t.Errorf("page of a footer: err %v, text:\n%s", err, a.Text)
	}
	short := `<html><body><main><h1>Opening hours</h1><p>The shop on the harbour opens at nine every weekday morning and closes at six, and on Saturdays it opens at ten.</p><p>On Sundays and public holidays the shop stays closed, but orders placed online ship on the next working day.</p></main>` + footer + `</body></html>`
	a, err := Extract(short, Options{Now: testNow})
	if err != nil || !strings.Contains(a.Text, "opens at nine") {
		t.Errorf("short page lost its text: err %v, text:\n%s", err, a.Text)
	}
}

// TestProductRegion: rule "product-region": a root that holds a declared
// Product's description amid a seller's box and delivery terms gives way
// to the description's region; a root that is mostly the description
// stays.
func TestProductRegion(t *testing.T) {
	desc := strings.Repeat("The harbour kettle boils a litre of water in three minutes on any stove and keeps it warm for an hour. ", 4) +
		"Its enamel finish comes in five colours, and the handle stays cool to the touch."
	b, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "Product", "name": "Harbour Kettle", "description": desc})
	details := `<div class="details"><h2>Item details</h2><ul><li>Material: enamel</li><li>Capacity: 1 litre</li></ul><p>` + desc + `</p></div>`
	var terms strings.Builder
	for i := range 5 {
		fmt.Fprintf(&terms, "<p>Delivery term %d: orders placed before noon ship the same day from our warehouse by the harbour, and returns are accepted within thirty days.</p>\n", i)
	}
	page := func(extra string) string {
		return `<html><head><script type="application/ld+json">` + string(b) + `</script></head><body><main><div class="listing">` +
			details + `<div class="terms">` + extra + `</div></div></main></body></html>`
	}
	a := mustExtract(t, page(terms.String()))
	if !strings.Contains(a.Text, "Capacity: 1 litre") || !strings.Contains(a.Text, "stays cool") || strings.Contains(a.Text, "Delivery term") {
		t.Errorf("not the description's region:\n%s", a.Text)
	}
	a = mustExtract(t, page("<p>Delivery term: orders placed before noon ship the same day from our warehouse by the harbour.</p>"))
	if !strings.Contains(a.Text, "Delivery term") {
		t.Errorf("a root that is mostly the description lost its text:\n%s", a.Text)
	}
}

// TestProductRegionComments: rule "product-region" emits again from the
// description's region; a comment read in the first emission is not read
// a second time (it was, before the comments were rolled back with the
// body, removals, embeds and images).
func TestProductRegionComments(t *testing.T) {
	desc := strings.Repeat("The harbour kettle boils a litre of water in three minutes on any stove and keeps it warm for an hour. ", 4) +
		"Its enamel finish comes in five colours, and the handle stays cool to the touch."
	b, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "Product", "name": "Harbour Kettle", "description": desc})
	var terms strings.Builder
	for i := range 5 {
		fmt.Fprintf(&terms, "<p>Delivery term %d: orders placed before noon ship the same day from our warehouse by the harbour, and returns are accepted within thirty days.</p>\n", i)
	}
	page := `<html><head><script type="application/ld+json">` + string(b) + `</script></head><body><main><div class="listing">` +
		`<div class="details"><h2>Item details</h2><ul><li>Capacity: 1 litre</li></ul><p>` + desc + `</p>` +
		`<div class="comments"><div class="comment"><span class="author">Ann</span><div class="comment-content">Boils fast.</div></div></div></div>` +
		`<div class="terms">` + terms.String() + `</div></div></main></body></html>`
	a, err := Extract(page, Options{Comments: true, Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	checkKept(t, a, "Delivery term", "terms beside the description's region", false)
	if len(a.Comments) != 1 || a.Comments[0].Text != "Boils fast." {
		t.Errorf("comments = %+v, want the one comment once", a.Comments)
	}
}

// TestCardLink: rule "card-link": programs listed as cards each wrapped in
// one link (title and a paragraph) are the page's text, not a link list.
func TestCardLink(t *testing.T) {
	var cards strings.Builder
	for i := range 5 {
		fmt.Fprintf(&cards, `<a class="card" href="/program-%d"><div class="card-title">Harbour Program %d</div><p>Learn to sail a dinghy in the harbour over twelve weeks with instructors from club %d; the course covers knots, rigging, right of way and what to do when the wind turns against you on the way home, and ends with a weekend race around the islands for every crew that finished the course.</p></a>`, i, i, i)
	}
	page := `<html><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><main><h1>Programs</h1><p>Our programs.</p>` + cards.String() + `</main>` +
		`<div class="club"><p>The club house opens at nine every morning from April to October, and the bar on the first floor serves lunch to members and their guests.</p>` +
		`<p>Moorings in the inner harbour are let by the season; ask the harbour master for the waiting list, which runs to about two years for boats over eight metres.</p>` +
		`<p>Members may bring up to three guests a day to the club house and to the slipway, except on regatta weekends, when the slipway is kept for the racing fleet.</p></div></body></html>`
	a := mustExtract(t, page)
	if !strings.Contains(a.Text, "instructors from club 4") || !strings.Contains(a.Text, "Harbour Program 4") {
		t.Errorf("cards lost:\n%s", a.Text)
	}
	if !hasHeading(mustParse(t, `<a href="/x"><div><h3>Title</h3></div></a>`), 0) || hasHeading(mustParse(t, `<a href="/x"><p>Only a quote</p></a>`), 0) {
		t.Errorf("hasHeading wrong")
	}
}

// mustExtract extracts page with the test clock, failing the test on an
// error.
func mustExtract(t *testing.T, page string) *model.Article {
	t.Helper()
	a, err := Extract(page, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// points is n paragraphs of a made-up council story, "Point 0" to
// "Point n-1": the article text a test's page sets its regions beside.
func points(n int) string { return pointRange(0, n) }

// pointRange is points(to) without its first from paragraphs: Point from
// to Point to-1, to follow a sample set after points(from).
func pointRange(from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		fmt.Fprintf(&b, "<p>Point %d: the council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure.</p>\n", i)
	}
	return b.String()
}

// checkKept fails t unless a's text holds needle exactly when want is
// true; what names the needle in the failure.
func checkKept(t *testing.T, a *model.Article, needle, what string, want bool) {
	t.Helper()
	if got := strings.Contains(a.Text, needle); got != want {
		t.Errorf("%s kept = %v, want %v:\n%s", what, got, want, a.Text)
	}
}

// mustParse parses a fragment and returns its first <a> element.
func mustParse(t *testing.T, s string) *html.Node {
	t.Helper()
	return mustParseTag(t, s, "a")
}

// mustParseTag parses s and returns its first element of the tag.
func mustParseTag(t *testing.T, s, tag string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	var find func(n *html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.Data == tag {
			return n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if f := find(c); f != nil {
				return f
			}
		}
		return nil
	}
	n := find(doc)
	if n == nil {
		t.Fatalf("no <%s> in %s", tag, s)
	}
	return n
}

// TestTaglineFallback: rules "description-fallback" and "tagline": an
// empty shell's long description (a forum's first post) or an article's
// summary is its text; a shop's short pitch is none.
func TestTaglineFallback(t *testing.T) {
	post := strings.Repeat("My flat has no smart devices yet, so I will begin with a camera and a door sensor. ", 5)
	pitch := "Shop the Harbour Rug from Harbour Rugs. Our washable rugs are made to order and stain-resistant. Free shipping!"
	shell := func(ogType, desc string) string {
		return `<html><head><meta property="og:type" content="` + ogType + `"><meta name="description" content="` + desc + `"></head><body><div id="app"><script>boot()</script></div></body></html>`
	}
	for _, tc := range []struct {
		name, page string
		want       bool
	}{
		{"forum", shell("website", post), true},
		{"article", shell("article", pitch), true},
		{"pitch", shell("website", pitch), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.page, Options{Now: testNow})
			if got := err == nil && a.Text != ""; got != tc.want {
				t.Errorf("has text: %v, want %v (err %v)", got, tc.want, err)
			}
		})
	}
}

// TestPriceGrid: rule "price-grid" adds a category page's product grid
// that lies beside the prose root, and leaves out a small priced strip
// beside a long article.
func TestPriceGrid(t *testing.T) {
	grid := func(n int) string {
		var b strings.Builder
		b.WriteString(`<ul class="products">`)
		for i := range n {
			fmt.Fprintf(&b, `<li class="card"><a href="/p/%d"><img src="/p%d.jpg">Harbour Mug no. %d</a><span class="price">$%d.50</span></li>`, i, i, i, 10+i)
		}
		b.WriteString(`</ul>`)
		return b.String()
	}
	prose := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "<p>Question %d: every mug is thrown by hand in the harbour workshop and fired twice, so no two glazes come out quite alike.</p>\n", i)
		}
		return b.String()
	}
	tests := []struct {
		name, page string
		kept       bool
	}{
		{"grid beside an FAQ", `<html><body><main><h1>Mugs</h1><div class="grid">` + grid(20) + `</div><section class="faq">` + prose(4) + `</section></main></body></html>`, true},
		{"strip beside a long article", `<html><body><main><article><h1>The harbour potters</h1>` + prose(30) + `</article><aside>` + grid(6) + `</aside></main></body></html>`, false},
		{"five cards", `<html><body><main><h1>Mugs</h1><div class="grid">` + grid(5) + `</div><section class="faq">` + prose(4) + `</section></main></body></html>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, "Harbour Mug no. 3 $13.50", "grid", tc.kept)
			checkKept(t, a, "Question 2", "prose", true)
		})
	}
}

// TestPriceGridInRoot: rule "price-grid" keeps the linked names of a
// grid's cards inside the root, which rule "link-line" drops elsewhere.
func TestPriceGridInRoot(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Task chairs</h1>`)
	for i := range 4 {
		fmt.Fprintf(&b, "<p>Guide %d: a task chair should carry its user through an eight-hour day, with a seat that slides and a back that follows.</p>\n", i)
	}
	b.WriteString(`<ul class="grid">`)
	for i := range 8 {
		fmt.Fprintf(&b, `<li><p class="name"><a href="/c/%d">Harbour Mesh Chair no. %d</a></p><p class="price">$%d9.00</p></li>`, i, i, 10+i)
	}
	b.WriteString(`</ul></main></body></html>`)
	a := mustExtract(t, b.String())
	if !strings.Contains(a.Text, "Harbour Mesh Chair no. 5") || !strings.Contains(a.Text, "Guide 3") {
		t.Errorf("grid or prose lost:\n%s", a.Text)
	}
}

func TestHasPrice(t *testing.T) {
	for s, want := range map[string]bool{
		"Mug $36": true, "Mug € 82": true, "19,99 €": true, "£4.50 each": true,
		"Mug": false, "$ off today": false, "costs 5 dollars": false, "US$": false,
	} {
		if got := hasPrice(s); got != want {
			t.Errorf("hasPrice(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTitledRegion: rule "titled-region" drops a utility-classed box that
// opens with an "About the author" heading, and keeps the same heading set
// in the article's flow, alone in its wrapper, or in a heading too long
// for a region's title (each case fails without its condition).
func TestTitledRegion(t *testing.T) {
	body := points(4)
	const bio = "Jo Tran covers local government and has written for the paper since 2011, after years at a wire agency."
	tests := []struct {
		name, tail string
		kept       bool
	}{
		{"box", `<section class="my-12 border p-8"><h3>About the Author</h3><div class="flex"><img src="/jo.jpg"><p>` + bio + `</p></div></section>`, false},
		{"box with an icon first", `<div class="mt-8"><span class="icon"></span><h2>Über die Autorin:</h2><p>` + bio + `</p></div>`, false},
		{"in the flow", `<h2>About the Author</h2><p>` + bio + `</p>`, true},
		{"other heading", `<section class="my-12 p-8"><h3>What happens next</h3><p>` + bio + `</p></section>`, true},
		{"related box", `<div class="mt-10 grid"><h2>More from Local News</h2><p>` + bio + `</p></div>`, false},
		{"comments box stays", `<div class="mt-10"><h2>Comments</h2><p>` + bio + `</p></div>`, true},
		// A heading over titledRegionMax is a section of the text, whatever
		// its first words.
		{"long heading", `<div class="mt-10"><h2>More from the council meeting on what the vote means for the harbour pool and its swimmers next year</h2><p>` + bio + `</p></div>`, true},
		// A wrapper that holds the heading alone is no box: the heading
		// titles what follows the wrapper (checked below).
		{"heading alone in its wrapper", `<div class="mt-10"><h2>About the Author</h2></div><p>` + bio + `</p>`, true},
		// A heading set in wrappers of its own still opens its box
		// (wrappedHeading), and a shop's strip of other products is such a
		// box.
		{"heading in wrappers", `<section class="mt-10"><div class="hd"><div class="t"><h2>Similar items</h2></div></div><div class="grid"><p>` + bio + `</p></div></section>`, false},
		{"heading and text in one wrapper", `<section class="mt-10"><div class="hd"><h2>Similar items</h2><p>Chosen by our buyers.</p></div><div class="grid"><p>` + bio + `</p></div></section>`, true},
		{"text then heading in one wrapper", `<section class="mt-10"><div class="hd"><span>Chosen by our buyers</span><h2>Similar items</h2></div><div class="grid"><p>` + bio + `</p></div></section>`, true},
		{"wrapper's own text beside the heading", `<section class="mt-10"><div class="hd">Chosen by our buyers: <h2>Similar items</h2></div><div class="grid"><p>` + bio + `</p></div></section>`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><main><article><h1>Baths to reopen</h1>` + body + tc.tail + `</article></main></body></html>`
			a := mustExtract(t, page)
			checkKept(t, a, "Jo Tran covers", "bio", tc.kept)
			checkKept(t, a, "Point 3", "article", true)
			if strings.Contains(tc.name, "alone") {
				checkKept(t, a, "About the Author", "heading", true)
			}
		})
	}
}

// TestListicleWrapped: rule "listicle-item" looks through the wrappers
// that hold a card alone, and rule "listicle-run" keeps a box of three or
// more cards set between paragraphs; a box of cards closing the text
// still goes.
func TestListicleWrapped(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("<p>Point %d: the council voted on Tuesday to reopen the old swimming baths on the harbour front after a decade of closure and two failed bids.</p>\n", i)
	}
	card := func(i int) string {
		return fmt.Sprintf(`<div class="product"><h3><a href="/goggles-%d">Harbour Goggles %d</a></h3><p>Anti-fog lenses and a soft seal; the pair we swam with all winter.</p></div>`, i, i)
	}
	var related strings.Builder
	for i := range 4 {
		fmt.Fprintf(&related, `<div class="card"><h3><a href="/story-%d">Another story about the harbour %d</a></h3><p>A summary of another story on the site.</p></div>`, i, i)
	}
	var wrapped, run, tail strings.Builder
	for i := range 3 {
		wrapped.WriteString(para(i) + `<div class="wrap"><div class="inner">` + card(i) + "</div></div>\n")
		run.WriteString(card(i))
	}
	for i := range 12 {
		tail.WriteString(para(10 + i))
	}
	tests := []struct{ name, text string }{
		{"wrapped cards", wrapped.String() + tail.String()},
		{"run of cards", para(0) + `<div class="roundup"><div class="roundup-items">` + run.String() + `</div></div>` + tail.String()},
		{"run of cards under an intro", para(0) + `<div class="roundup"><div class="roundup-items"><p>Our three favourite pairs after a winter of lengths.</p>` + run.String() + `</div></div>` + tail.String()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><main><article><h1>Best goggles</h1><div class="text">` + tc.text + `</div><div class="more">` + related.String() + `</div></article></main></body></html>`
			a := mustExtract(t, page)
			if !strings.Contains(a.Text, "Harbour Goggles 2") || !strings.Contains(a.Text, "Anti-fog lenses") {
				t.Errorf("listicle items lost:\n%s", a.Text)
			}
			checkKept(t, a, "Another story about the harbour", "related cards", false)
		})
	}
}

// TestMainLandmark: rule "main-landmark" moves the search into the page's
// <main> when it holds more than half of the prose and of the plain text,
// below the shares an unnamed wrapper needs, and leaves the strip of
// other stories beside it.
func TestMainLandmark(t *testing.T) {
	var more strings.Builder
	for i := range 10 {
		fmt.Fprintf(&more, `<p>Elsewhere %d: the ferry company said its winter timetable would <a href="/ferry-%d">start in November with two crossings a day</a>.</p>`+"\n", i, i)
	}
	tests := []struct {
		name         string
		paras, lanes int
		wrapper      string
	}{
		// The timetable's short lines are text of the article but no
		// prose: with them <main> holds most of the page's plain text
		// and under three quarters of its prose.
		{"prose share", 8, 80, ""},
		// Without them <main> holds under 0.7 of the plain text (rule
		// "keep-plain-text").
		{"plain share", 10, 0, ""},
		// A wrapper named for the article's body takes the prose share.
		{"named body wrapper", 8, 80, `<div class="Post_Content">`},
		// So does an article's microdata scope.
		{"article scope", 8, 80, `<div itemscope itemtype="https://schema.org/NewsArticle">`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var story strings.Builder
			story.WriteString(points(tc.paras) + "<ul>")
			for i := range tc.lanes {
				fmt.Fprintf(&story, "<li>Lane %d: 6am to 9pm</li>", i)
			}
			story.WriteString("</ul>")
			page := `<html><body><main><h1>Baths to reopen</h1>` + story.String() + `</main><div class="grid mt-8">` + more.String() + `</div></body></html>`
			if tc.wrapper != "" {
				page = `<html><body><div class="wrap">` + tc.wrapper + `<h1>Baths to reopen</h1>` + story.String() + `</div><div class="grid mt-8">` + more.String() + `</div></div></body></html>`
			}
			a := mustExtract(t, page)
			checkKept(t, a, fmt.Sprintf("Point %d", tc.paras-1), "article", true)
			checkKept(t, a, "Elsewhere", "strip beside <main>", false)
		})
	}
}

func TestContainsLoose(t *testing.T) {
	tests := []struct {
		v, w string
		want bool
	}{
		{"entry-content clearfix", "entrycontent", true},
		{"c-article__body", "articlebody", true},
		{"storyBody", "storybody", true},
		{"post_content_wrap", "postcontent", true},
		{"post-meta content", "postcontent", false},
		{"sidebar", "articlebody", false},
		{"", "postbody", false},
	}
	for _, tc := range tests {
		if got := containsLoose(tc.v, tc.w); got != tc.want {
			t.Errorf("containsLoose(%q, %q) = %v, want %v", tc.v, tc.w, got, tc.want)
		}
	}
}

func TestIsHiddenClass(t *testing.T) {
	for _, tc := range []struct {
		class string
		want  bool
	}{
		{"sr-only", true},
		{"u-visuallyhidden", true},
		{"VisuallyHidden-module__root", true},
		{"visible-lg", false},
	} {
		n := &html.Node{Type: html.ElementNode, Data: "span", Attr: []html.Attribute{{Key: "class", Val: tc.class}}}
		if got := isHidden(n); got != tc.want {
			t.Errorf("isHidden(class=%q) = %v, want %v", tc.class, got, tc.want)
		}
	}
}

// TestLinkLineThinPage: rule "link-line" drops a short all-link paragraph
// on a page with much prose, and on a thin page (a service's landing page
// whose offers are linked lines) only a teaser's call to action, whose
// link repeats its linked title's.
func TestLinkLineThinPage(t *testing.T) {
	const offer = `<div class="offer"><h3>Harbour tours</h3><p><a href="/tours">Boat trips round the old docks every morning at nine</a></p></div>`
	const teaser = `<div class="card"><h3><a href="/ferries">Ferry timetable</a></h3><p>Summer sailings to the islands run twice a day from the pier.</p>` +
		`<p><a href="/ferries">Explore the ferry timetable for this summer</a></p></div>`
	tests := []struct {
		name, prose        string
		offerKept, ctaKept bool
	}{
		{"thin page", points(3), true, false},
		{"long article", points(20), false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, `<html><body><main><h1>Visit the harbour</h1>`+tc.prose+offer+teaser+`</main></body></html>`)
			checkKept(t, a, "Boat trips round", "offer's link line", tc.offerKept)
			checkKept(t, a, "Explore the ferry", "teaser's call to action", tc.ctaKept)
			checkKept(t, a, "Summer sailings", "teaser's summary", true)
		})
	}
	// Links to "#" (a script's buttons) point nowhere: a line linked so
	// under a title linked so repeats nothing and stays on a thin page.
	scripted := strings.ReplaceAll(teaser, `href="/ferries"`, `href="#"`)
	a := mustExtract(t, `<html><body><main><h1>Visit the harbour</h1>`+points(3)+offer+scripted+`</main></body></html>`)
	checkKept(t, a, "Explore the ferry", "call to action linked to #", true)
}

// TestPostFurniture: rule "post-furniture" on single blocks, and on a
// thread whose posts carry their authors' counters and action labels.
func TestPostFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"Reply": true, "Report inappropriate content": true, "12,408 posts": true, "231 helpful votes": true,
		"1.2k likes": true, "3 Replies": true,
		"5 Answers": false, "433 followers": false, "Reply to the council's letter": false, "posts": false,
		"Twelve posts": false, "2024 posts and counting on the harbour": false,
	} {
		if got := len(s) <= maxFurnitureLen && postFurniture(strings.ToLower(s)); got != want {
			t.Errorf("postFurniture(%q) = %v, want %v", s, got, want)
		}
	}
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Best ferry to the islands?</h1>`)
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="post"><div class="user"><p>Harbour fan %d</p><p>1,20%d posts</p></div><p>Post %d: the early boat is quicker, but the late one has the better view of the lighthouse on the way out.</p><ul class="actions"><li>Reply</li><li>Report inappropriate content</li></ul></div>`, i, i, i)
	}
	b.WriteString(`</main></body></html>`)
	a := mustExtract(t, b.String())
	checkKept(t, a, "Post 2: the early boat", "post", true)
	checkKept(t, a, "1,201 posts", "poster's counter", false)
	checkKept(t, a, "Report inappropriate", "action label", false)
}

// TestListicleItemNeedsProse: rule "listicle-item" keeps a teaser-shaped
// card set between paragraphs only when the card holds prose of its own;
// a bare linked title with a short line (an inline "read next" card) goes
// though the paragraphs around it outweigh the cards.
func TestListicleItemNeedsProse(t *testing.T) {
	bare := `<div class="next"><h3><a href="/ferries">Ferries return to the island</a></h3><p>Sailings resume on Monday.</p></div>`
	withProse := `<div class="next"><h3><a href="/goggles">Harbour Goggles</a></h3><p>Anti-fog lenses and a soft seal; the pair we swam with all winter.</p></div>`
	page := `<html><body><main><article><h1>The baths reopen</h1><div class="text">` +
		points(4) + bare + points(4) + withProse + points(16) + `</div></article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Ferries return to the island", "card without prose", false)
	checkKept(t, a, "Anti-fog lenses", "card with prose", true)
}

// TestReviewsOutermost: rule "review-widget" counts only the outermost
// reviews-classed regions: one widget whose summary and list carry the
// class too (reviews > reviews__summary, reviews__list) is one widget, so
// it stays a shop's reader comments and goes; counted three times it was
// taken for a listing's cards and kept.
func TestReviewsOutermost(t *testing.T) {
	var list strings.Builder
	for i := range 4 {
		fmt.Fprintf(&list, "<p>Review %d: we took this kettle on a sailing trip along the coast and it was the best thing on board all week.</p>\n", i)
	}
	page := `<html><body><main><h1>Harbour Kettle</h1><div class="description">` + points(6) + `</div>` +
		`<section class="reviews"><div class="reviews__summary"><p>4.6 out of 5 stars from 37 buyers of this kettle so far this year</p></div>` +
		`<div class="reviews__list">` + list.String() + `</div></section></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Point 5", "description", true)
	checkKept(t, a, "Review 2", "reviews widget", false)
}

// TestTermList: rule "term-list" keeps a short list of short linked names
// set between paragraphs (a guide's picks); a list of linked headlines so
// set, and the same names closing the text, stay link lists and go.
func TestTermList(t *testing.T) {
	picks := `<p>Our picks:</p><ul><li><a href="/p/goggles">Harbour Goggles</a></li><li><a href="/p/fins">Pier Fins</a></li><li><a href="/p/cap">Tide Cap</a></li></ul>`
	var towns strings.Builder // a directory of more names than termListMax
	towns.WriteString("<ul>")
	for i := range termListMax + 5 {
		fmt.Fprintf(&towns, `<li><a href="/t/%d">Bayford %d</a></li>`, i, i)
	}
	towns.WriteString("</ul>")
	stories := `<ul><li><a href="/s/1">The council reopens the old swimming baths after ten years</a></li><li><a href="/s/2">Harbour front works run into the winter, the committee says</a></li></ul>`
	for _, tc := range []struct {
		name, text, needle string
		want               bool
	}{
		{"names between paragraphs", points(8) + picks + points(8), "Pier Fins", true},
		{"headlines between paragraphs", points(8) + stories + points(8), "committee says", false},
		{"names closing the text", points(16) + picks, "Pier Fins", false},
		{"a directory between paragraphs", points(8) + towns.String() + points(8), "Bayford 7", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, `<html><body><main><article><h1>Swimming on the harbour</h1><div class="text">`+tc.text+`</div></article></main></body></html>`)
			checkKept(t, a, tc.needle, "list", tc.want)
		})
	}
}

// TestAuthorBio: rule "author-bio" drops a closing paragraph that opens
// with the page's author's name and a verb, with the name line above it;
// the same paragraph earlier in the text, and an author of one word (a
// company signing its own page), stay.
func TestAuthorBio(t *testing.T) {
	bio := `<div class="x1"><p>Jane Roe</p><p>Contributing Writer</p><p>Jane Roe is a freelance writer living by the harbour, who has covered the town council since 2019.</p></div>`
	page := func(author, text string) string {
		return `<html><head><meta name="author" content="` + author + `"></head><body><main><article><h1>The baths reopen</h1>` + text + `</article></main></body></html>`
	}
	for _, tc := range []struct {
		name, page string
		want       bool // the bio stays
	}{
		{"closing", page("Jane Roe", points(10)+bio), false},
		{"in the text", page("Jane Roe", points(5)+bio+strings.ReplaceAll(points(5), "Point", "Later point")), true},
		{"one-word author", page("Roe", points(10)+strings.ReplaceAll(bio, "Jane Roe", "Roe")), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, "freelance writer", "bio", tc.want)
			checkKept(t, a, "Contributing Writer", "job title", tc.want)
			checkKept(t, a, "Point 4", "text", true)
		})
	}
}

// TestLeadDateline: rule "lead-dateline" drops a date alone of the page's
// year and a byline naming its author among the body's first blocks; a
// date of another year, a date further down, a byline naming someone
// else and the date over a thin page stay.
func TestLeadDateline(t *testing.T) {
	page := func(lead, tail string) string {
		return `<html><head><meta name="author" content="Jane Roe"><meta property="article:published_time" content="2024-11-14T09:00:00Z"></head><body><main><article><h1>The baths reopen</h1>` +
			lead + points(16) + tail + `</article></main></body></html>`
	}
	for _, tc := range []struct {
		name, page, needle string
		want               bool
	}{
		{"date", page(`<p>November 14, 2024</p>`, ``), "November 14, 2024", false},
		{"byline", page(`<p>By Jane Roe</p>`, ``), "By Jane Roe", false},
		{"date of another year", page(`<p>March 3, 2019</p>`, ``), "March 3, 2019", true},
		{"date further down", page(``, `<p>November 14, 2024</p>`), "November 14, 2024", true},
		{"someone else", page(`<p>By Tom Poe</p>`, ``), "By Tom Poe", true},
		// The author and the date without "By" (nameDateLine), either way round.
		{"name and date", page(`<p>Jane Roe · 14 November 2024</p>`, ``), "Jane Roe ·", false},
		{"date and name", page(`<p>14.11.2024 | 09:00 | Jane Roe</p>`, ``), "| Jane Roe", false},
		{"name and date of another year", page(`<p>Jane Roe · 3 March 2019</p>`, ``), "Jane Roe ·", true},
		{"name and date, no separator", page(`<p>Jane Roe 14 November 2024</p>`, ``), "Jane Roe 14", true},
		{"someone else and the date", page(`<p>Tom Poe · 14 November 2024</p>`, ``), "Tom Poe ·", true},
		// Any language the date reader knows, with the time.
		{"date and time in German", page(`<p>14. November 2024 - 09:00 Uhr</p>`, ``), "14. November 2024", false},
		{"date among words", page(`<p>The pool opened on November 14, 2024</p>`, ``), "The pool opened", true},
		// A thread's post header (notDateLineRune, postNumberLast).
		{"post number first", page(`<p>#2 · Nov 14, 2024</p>`, ``), "#2 · Nov 14, 2024", true},
		{"post number last", page(`<p>November 14, 2024, 9:15am 1</p>`, ``), "9:15am 1", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, tc.needle, "line", tc.want)
			checkKept(t, a, "Point 15", "text", true)
		})
	}
	// A thread (rule "declared-thread") keeps its first post's date line.
	thread := strings.Replace(page(`<p>Posted November 14, 2024</p>`, ``), `<head>`, `<head><script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script>`, 1)
	checkKept(t, mustExtract(t, thread), "Posted November 14, 2024", "date over a thread", true)
	checkKept(t, mustExtract(t, page(`<p>Posted November 14, 2024</p>`, ``)), "Posted November 14, 2024", "date over an article", false)
	// A thin page (a schedule whose first line is its day) keeps it.
	thin := strings.Replace(page(`<p>November 14, 2024</p>`, ``), points(16), points(4), 1)
	checkKept(t, mustExtract(t, thin), "November 14, 2024", "date over a thin page", true)
	// A byline naming the author goes whatever the page.
	thin = strings.Replace(page(`<p>Jane Roe · 14 November 2024</p>`, ``), points(16), points(4), 1)
	checkKept(t, mustExtract(t, thin), "Jane Roe ·", "byline over a thin page", false)
}

// TestTelegramAndLinkedInEmbeds: Telegram's frame and its widget script
// (which names the post in data-telegram-post) and LinkedIn's frame become
// post embeds in reading order.
func TestTelegramAndLinkedInEmbeds(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("<p>Dock workers in %d more ports walked out on Thursday over night-shift pay, the union said, and the port authority promised new talks within the week.</p>", i+2)
	}
	page := "<html><body><article><h1>Harbour strike spreads</h1>" + para(1) +
		`<iframe src="https://t.me/harbourwatch/4312?embed=1"></iframe>` + para(2) +
		`<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:7123456789012345679" title="Embedded post"></iframe>` + para(3) +
		`<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="harbourwatch/4313" data-width="100%"></script>` +
		para(4) + "</article></body></html>"
	a, err := Extract(page, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range a.Embeds {
		got = append(got, fmt.Sprintf("%s %s %s %s %d", e.Kind, e.Platform, e.Handle, e.PostID, e.Position))
	}
	want := []string{"post telegram harbourwatch 4312 1", "post linkedin  7123456789012345679 2", "post telegram harbourwatch 4313 3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embeds (-want +got):\n%s", diff)
	}
}
