package htmlmeta

import (
	"slices"
	"testing"
)

// TestGroupArticle pins rule authorGroupArticle: a group credited "By
// the ..." is written as a name, its article capitalised. Invented
// bylines.
func TestGroupArticle(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<p class="byline">By the Harbour Gazette Editorial Board</p>`, []string{"The Harbour Gazette Editorial Board"}},
		{`<p class="byline">By the Orvania Wire</p>`, []string{"The Orvania Wire"}},
		{`<p class="byline">By Ada Quell</p>`, []string{"Ada Quell"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
