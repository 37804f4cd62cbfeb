package htmlmeta

import (
	"slices"
	"testing"
)

// TestInvertedCreator pins rule authorInvertedCreator: a Dublin Core
// creator filed surname first names one person, read in byline order; a
// list of names, a job after the comma, and the plain author meta stay as
// the other rules read them. Invented metas.
func TestInvertedCreator(t *testing.T) {
	for _, tt := range []struct {
		head string
		want []string
	}{
		{`<meta name="dc.creator" content="Quell, Ada">`, []string{"Ada Quell"}},
		{`<meta name="DC.Creator" content="Quell, Ada M.">`, []string{"Ada M. Quell"}},
		{`<meta name="dcterms.creator" content="Veil, Tomas">`, []string{"Tomas Veil"}},
		{`<meta name="dc.creator" content="Ada Quell, Tomas Veil">`, []string{"Ada Quell", "Tomas Veil"}},
		{`<meta name="author" content="Ada Quell, Tomas Veil">`, []string{"Ada Quell", "Tomas Veil"}},
	} {
		if got := headlineAuthors(t, tt.head, "", tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.head, got, tt.want)
		}
	}
}
