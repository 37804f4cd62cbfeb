package htmlmeta

import (
	"slices"
	"testing"
)

// TestItemNames pins rule authorItemNames: writers set in elements of
// their own with only space between are read apart, not glued into one
// name; a name's parts, or a name written twice, stay with the other
// rules. Invented bylines.
func TestItemNames(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<div class="authors"><ul> <li><a href="/a">Tom Grey</a></li> <li><a href="/b">Ann Black</a></li> </ul></div>`, []string{"Tom Grey", "Ann Black"}},
		{`<div class="byline">By <a href="/a">Tom Grey</a> <a href="/b">Ann Black</a></div>`, []string{"Tom Grey", "Ann Black"}},
		{`<div class="byline"><div>Tom Grey</div><div>Ann Black</div></div>`, []string{"Tom Grey", "Ann Black"}},
		{`<div class="byline"><span>Tom Grey</span><span>Tom Grey</span></div>`, []string{"Tom Grey"}},
		{`<div class="byline"><span>Tom</span> <span>Grey</span></div>`, []string{"Tom Grey"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
