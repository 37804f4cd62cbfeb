package htmlmeta

import (
	"slices"
	"testing"
)

// TestOutletPart pins rule authorOutletPart: the writer's paper named
// after the names is no author; a paper credited alone, and a second
// writer, stay. Invented bylines and metas.
func TestOutletPart(t *testing.T) {
	for _, tt := range []struct {
		head, byline string
		want         []string
	}{
		{`<meta name="author" content="Ada Quell, Orvania Times">`, "", []string{"Ada Quell"}},
		{"", `<p class="byline">By Ada Quell and Tomas Veil, Orvania Herald</p>`, []string{"Ada Quell", "Tomas Veil"}},
		{"", `<p class="byline">By Ada Quell, Tomas Veil</p>`, []string{"Ada Quell", "Tomas Veil"}},
		{"", `<p class="byline">By the Orvania Tribune</p>`, []string{"The Orvania Tribune"}},
	} {
		if got := headlineAuthors(t, tt.head, tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s%s: authors %q, want %q", tt.head, tt.byline, got, tt.want)
		}
	}
}
