package htmlmeta

import (
	"slices"
	"testing"
)

// TestGluedHandle pins rule authorGluedHandle: a writer's handle set in
// its own element right after the name, read glued to it, is no part of
// the name. Invented bylines.
func TestGluedHandle(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<div><span>By Ada Quell</span><span>@adaquell</span></div>`, []string{"Ada Quell"}},
		{`<div class="byline"><span class="name">By Ada Quell</span><a href="https://social.example/adaquell">@adaquell</a></div>`, []string{"Ada Quell"}},
		// No credit word: rule bylineCreditField does not part the two
		// elements, the handle is read glued to the name.
		{`<div class="byline"><span>Ada Quell</span><span>@adaquell</span></div>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada Quell @adaquell</p>`, []string{"Ada Quell"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
