package htmlmeta

import (
	"slices"
	"testing"
)

// TestLoginTail pins rule authorLoginTail: a blog's credit of a login
// followed by the post's category keeps the login; a name's tail is cut as
// before. Invented bylines.
func TestLoginTail(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<div class="byline">Posted by <a href="/u/aquell">aquell</a> in <a href="/c/ferries">Ferries</a></div>`, []string{"aquell"}},
		{`<div class="byline">Posted by tveil in Harbour News</div>`, []string{"tveil"}},
		{`<div class="byline">Posted by Ada Quell in Harbour News</div>`, []string{"Ada Quell"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
