package htmlmeta

import (
	"slices"
	"testing"
)

// TestOwnArticle covers rule ownArticle: of two NewsArticle objects in a
// @graph, the one naming the page's address (url, @id with a fragment,
// mainEntityOfPage as a reference) gives the author and date, even when a
// related story's is listed first; with no address to tell them apart the
// first stays the main, as before.
func TestOwnArticle(t *testing.T) {
	teaser := `{"@type":"NewsArticle","headline":"Ferry fares rise again","datePublished":"2025-05-20T10:30:00+02:00","author":"Ada Quill","url":"https://kvp.example/ferry-fares"}`
	for _, tc := range []struct {
		name, own, pageURL, wantAuthor, wantDate string
	}{
		{"url", `"url":"https://kvp.example/bridge-vote/"`, "https://www.kvp.example/bridge-vote", "Ilse Marrow", "2025-06-02T10:30:00+02:00"},
		{"id with fragment", `"@id":"https://kvp.example/bridge-vote#article"`, "https://kvp.example/bridge-vote?ref=home", "Ilse Marrow", "2025-06-02T10:30:00+02:00"},
		{"mainEntityOfPage", `"mainEntityOfPage":{"@id":"https://kvp.example/bridge-vote"}`, "https://kvp.example/bridge-vote", "Ilse Marrow", "2025-06-02T10:30:00+02:00"},
		{"no address", `"url":"https://kvp.example/bridge-vote"`, "", "Ada Quill", "2025-05-20T10:30:00+02:00"},
	} {
		own := `{"@type":"NewsArticle","headline":"Bridge vote delayed","datePublished":"2025-06-02T10:30:00+02:00","author":"Ilse Marrow",` + tc.own + `}`
		page := `<html><head><script type="application/ld+json">{"@graph":[` + teaser + `,` + own + `]}</script></head><body><p>The council of Kestrel Valley postponed the vote.</p></body></html>`
		m := Extract(parse(t, page), tc.pageURL, testNow)
		if !slices.Equal(m.Authors, []string{tc.wantAuthor}) {
			t.Errorf("%s: authors %q, want %q", tc.name, m.Authors, tc.wantAuthor)
		}
		if m.Published == nil || m.Published.Value != tc.wantDate {
			t.Errorf("%s: published %v, want %s", tc.name, m.Published, tc.wantDate)
		}
	}
}
