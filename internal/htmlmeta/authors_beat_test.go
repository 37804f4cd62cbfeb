package htmlmeta

import (
	"slices"
	"testing"
)

// TestTitleBeats pins rule authorTitleBeat: the beats a job title names
// before its job word, joined by a conjunction, are no second author; two
// names joined by "and" stay two. Invented bylines.
func TestTitleBeats(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<p class="byline">By Ada Quell, Health and Science Correspondent</p>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada Quell, Arts &amp; Culture Editor</p>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada Quell, Health, Science and Climate Correspondent</p>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada Quell, Health, Science, and Climate Correspondent</p>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada Quell, Harbour &amp; Shipping Correspondent, and Tomas Veil</p>`, []string{"Ada Quell", "Tomas Veil"}},
		{`<p class="byline">By Ada Quell and Tomas Veil</p>`, []string{"Ada Quell", "Tomas Veil"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestConjunctionSep covers conjunctionSep on authorSplit's separators.
func TestConjunctionSep(t *testing.T) {
	for _, tt := range []struct {
		sep  string
		want bool
	}{
		{" and ", true}, {" & ", true}, {" und ", true}, {", ", false}, {"; ", false}, {", and ", true}, {" , ", false}, {"", false},
	} {
		if got := conjunctionSep(tt.sep); got != tt.want {
			t.Errorf("conjunctionSep(%q) = %v, want %v", tt.sep, got, tt.want)
		}
	}
}
