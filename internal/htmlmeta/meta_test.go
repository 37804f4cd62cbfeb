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

// classSetsOf answers alike from its memo and afresh.
func TestClassSetsOf(t *testing.T) {
	c := newCollector("")
	for _, class := range []string{"entry-title", "site-footer widget", "comment-list", "post-author byline", "author-avatar", "entry-date published", "site-title", ""} {
		want := c.classSetsOf(class, true) // unique: computed, not kept
		for range 2 {
			if got := c.classSetsOf(class, false); got != want {
				t.Errorf("classSetsOf(%q) = %b, want %b", class, got, want)
			}
		}
	}
	if cs := c.classSetsOf("site-footer widget", false); cs&csChrome == 0 || cs&csTitle != 0 {
		t.Errorf("classSetsOf(footer) = %b", cs)
	}
	if cs := c.classSetsOf("post-author byline", false); cs&csByline == 0 || cs&csDate == 0 {
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
