package htmlmeta

import (
	"slices"
	"testing"
)

// TestCreditField pins rule bylineCreditField: a credit in an element of
// its own ends at that element; a co-writer joined by a conjunction, and
// a name split over elements, stay whole. Invented bylines.
func TestCreditField(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<div class="byline"><span>By Ada Quell</span><span>Orvania Policy Institute</span></div>`, []string{"Ada Quell"}},
		{`<div><span>By Ada Quell</span><span>Orvania Policy Institute</span></div>`, []string{"Ada Quell"}},
		{`<div class="byline"><span>By Ada Quell</span> <span>and Tomas Veil</span></div>`, []string{"Ada Quell", "Tomas Veil"}},
		{`<div class="byline"><span>By</span> <span>Ada Quell</span></div>`, []string{"Ada Quell"}},
		{`<div class="byline"><span>By Ada</span><span>Quell</span></div>`, []string{"Ada Quell"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
