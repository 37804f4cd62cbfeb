package htmlmeta

import (
	"slices"
	"testing"
)

// TestLDAuthorURL covers rule "ld-author-url": a JSON-LD Person that
// gives only the URL of its author page is named by that page's slug;
// a URL that is no author page names nobody.
func TestLDAuthorURL(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want []string
	}{
		{"https://news.example/autores/marta-quist-lind/", []string{"Marta Quist Lind"}},
		{"https://news.example/author/jon-berg", []string{"Jon Berg"}},
		{"https://news.example/author/jberg", nil},
		{"https://news.example/town/harbour-baths", nil},
	} {
		page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour baths reopen","author":{"@type":"Person","url":"` + tc.url + `"}}</script></head><body><p>x</p></body></html>`
		m := Extract(parse(t, page), "", testNow)
		if !slices.Equal(m.Authors, tc.want) {
			t.Errorf("%s: authors %q, want %q", tc.url, m.Authors, tc.want)
		}
	}
}
