package htmlmeta

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

var testNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

func parse(tb testing.TB, page string) *html.Node {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

func TestExtractSmoke(t *testing.T) {
	page := `<html lang="en-GB"><head><title>Storm hits coast | Daily Gazette</title>
<meta property="og:site_name" content="Daily Gazette">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast","datePublished":"2021-03-04T10:00:00+01:00","author":{"@type":"Person","name":"JANE DOE"},}</script>
</head><body><article><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p></article></body></html>`
	m := Extract(parse(t, page), "https://gazette.example/2021/03/04/storm", testNow)
	if m.Title != "Storm hits coast" {
		t.Errorf("title %q", m.Title)
	}
	if m.Outlet != "Daily Gazette" || m.Language != "en" {
		t.Errorf("outlet %q language %q", m.Outlet, m.Language)
	}
	if len(m.Authors) != 1 || m.Authors[0] != "Jane Doe" {
		t.Errorf("authors %q", m.Authors)
	}
	if m.Published == nil || m.Published.Value != "2021-03-04T10:00:00+01:00" || m.Published.Evidence != "json-ld datePublished" {
		t.Errorf("published %+v", m.Published)
	}
}

// classSetsOf answers alike from its memo and afresh: the text lower-cased
// and classWordSets on it, whatever the case it is written in.
func TestClassSetsOf(t *testing.T) {
	c := newCollector("")
	for _, class := range []string{"entry-title", "site-footer widget", "comment-list", "post-author byline", "author-avatar",
		"entry-date published", "site-title", "", "Entry-Title", "SITE-FOOTER Widget", "İmage Date", "nav\xe2\x82", "Post-AUTHOR"} {
		wantLower := strings.ToLower(class)
		want := classWordSets.match(wantLower)
		for range 2 { // the second time from the memo
			if lower, got := c.classSetsOf(class); lower != wantLower || got != want {
				t.Errorf("classSetsOf(%q) = %q, %b, want %q, %b", class, lower, got, wantLower, want)
			}
		}
	}
	if _, cs := c.classSetsOf("site-footer widget"); cs&csChrome == 0 || cs&csTitle != 0 {
		t.Errorf("classSetsOf(footer) = %b", cs)
	}
	if _, cs := c.classSetsOf("post-author byline"); cs&csByline == 0 || cs&csDate == 0 {
		t.Errorf("classSetsOf(byline) = %b", cs)
	}
}

// TestArticleBody: the JSON-LD articleBody, else the text of the first
// itemprop=articleBody element that has any (a page may mark several).
func TestArticleBody(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"The quay reopened at noon."}</script>`
	first := `<div itemprop="articleBody"><p>The ferry runs again.</p></div>`
	second := `<div itemprop="articleBody"><p>The market moves indoors.</p></div>`
	empty := `<div itemprop="articleBody"></div>`
	for _, tc := range []struct{ name, head, body, want string }{
		{"json-ld first", ld, first, "The quay reopened at noon."},
		{"first element", "", first + second, "The ferry runs again."},
		{"empty element skipped", "", empty + second, "The market moves indoors."},
		{"none", "", "<p>The ferry runs again.</p>", ""},
	} {
		page := `<html><head>` + tc.head + `</head><body><article itemscope itemtype="https://schema.org/NewsArticle">` + tc.body + `</article></body></html>`
		if got := Extract(parse(t, page), "", testNow).ArticleBody; got != tc.want {
			t.Errorf("%s: ArticleBody %q, want %q", tc.name, got, tc.want)
		}
	}
}
