package htmlmeta

import (
	"slices"
	"testing"
)

// TestLDAuthorURLString pins rule "ld-author-url" for a JSON-LD author
// given as its page's address alone: the slug under an author path names
// the person; another address names nobody. Invented pages.
func TestLDAuthorURLString(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline","author":` + author + `}</script>`
	}
	for _, tt := range []struct {
		head string
		want []string
	}{
		{ld(`"https://harbourgazette.example/author/ada-quell/"`), []string{"Ada Quell"}},
		{ld(`["https://harbourgazette.example/autores/tomas-veil", "https://harbourgazette.example/author/ada-quell"]`), []string{"Tomas Veil", "Ada Quell"}},
		{ld(`"https://harbourgazette.example/news/ferry-line"`), nil},
	} {
		if got := headlineAuthors(t, tt.head, "", tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.head, got, tt.want)
		}
	}
}
