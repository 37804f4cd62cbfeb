package htmlmeta

import (
	"slices"
	"testing"
)

// nameTailTests pin rules authorNameTail (the place a byline was written
// from and the writer's handle after the name are cut; a bracketed note
// and a name that is no name stay as before) and authorSpecialTo (the
// outlet a freelance wrote for is no second author). Invented names.
var nameTailTests = []struct {
	raw  string
	want []string
}{
	{"By Lena Marsh in Portbay", []string{"Lena Marsh"}},
	{"By Lena Marsh in North Portbay", []string{"Lena Marsh"}},
	{"By Lena Marsh @lenamarsh", []string{"Lena Marsh"}},
	{"Lena Marsh (Content Editor)", []string{"Lena Marsh (Content Editor)"}},
	{"By Lena Marsh", []string{"Lena Marsh"}},
	// Not a name before it: no cut, no author.
	{"Posted in Harbour News", nil},
	// Rule authorSpecialTo: for whom a freelance wrote.
	{"By Lena Marsh, Special to the Courier", []string{"Lena Marsh"}},
	{"By Lena Marsh, special for Harbour Courier", []string{"Lena Marsh"}},
	{"By Lena Marsh, Tom Grey", []string{"Lena Marsh", "Tom Grey"}},
}

func TestNameTail(t *testing.T) {
	for _, tt := range nameTailTests {
		if got := splitAuthors(tt.raw); !slices.Equal(got, tt.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}
