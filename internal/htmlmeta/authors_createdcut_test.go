package htmlmeta

import (
	"slices"
	"testing"
)

// TestCreatedCut pins rule authorCreatedCut: a creation label between the
// name and its date ends the name. Invented bylines.
func TestCreatedCut(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<div class="byline"><span>Von Ada Quell</span> <span>Erstellt 05.03.2025</span></div>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada Quell Created March 5, 2025</p>`, []string{"Ada Quell"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
