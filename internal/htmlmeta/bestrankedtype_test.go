package htmlmeta

import "testing"

// TestBestRankedType covers rule bestRankedType: an object typed several
// ways is of its best-ranked type whatever the order listed; one type
// stays as given.
func TestBestRankedType(t *testing.T) {
	for _, tc := range []struct {
		typ, want string
	}{
		{`["WebPage","NewsArticle"]`, "NewsArticle"},
		{`["Article","NewsArticle"]`, "NewsArticle"},
		{`["NewsArticle","WebPage"]`, "NewsArticle"},
		{`"BlogPosting"`, "BlogPosting"},
	} {
		page := `<html><head><script type="application/ld+json">{"@type":` + tc.typ + `,"headline":"Lido in Carrowmere reopens","datePublished":"2025-07-01"}</script></head><body><p>The lido reopened on Monday.</p></body></html>`
		m := Extract(parse(t, page), "", testNow)
		if m.Type != tc.want {
			t.Errorf("%s: type %q, want %q", tc.typ, m.Type, tc.want)
		}
	}
}
