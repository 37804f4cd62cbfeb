package htmlmeta

import (
	"slices"
	"testing"
)

// TestPluralJob pins rule authorPluralJob: the shared job title two
// writers are credited with, in the plural, is no third author. Invented
// bylines.
func TestPluralJob(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<p class="byline">By Ada Quell and Tomas Veil, Reporters</p>`, []string{"Ada Quell", "Tomas Veil"}},
		{`<p class="byline">By Ada Quell and Tomas Veil, Correspondents</p>`, []string{"Ada Quell", "Tomas Veil"}},
		{`<p class="byline">By Ada Quell, Tomas Veil and Greta Moss, Columnists</p>`, []string{"Ada Quell", "Tomas Veil", "Greta Moss"}},
		// A surname is no plural job.
		{`<p class="byline">By Ada Quell and Tomas Edwards</p>`, []string{"Ada Quell", "Tomas Edwards"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
