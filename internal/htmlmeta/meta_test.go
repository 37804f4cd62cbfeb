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
