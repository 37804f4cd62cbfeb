package htmlmeta

import (
	"slices"
	"testing"
)

// nameTailTests pin rules authorNameTail (the place a byline was written
// from and the writer's handle after the name are cut; a bracketed note
// and a name that is no name stay as before), authorSpecialTo (the
// outlet a freelance wrote for is no second author) and
// authorAffiliationPart (nor the newsroom or place after "of", "da",
// "vom"). Invented names.
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
	// Rule authorAffiliationPart: the newsroom or place after the name.
	{"Por Lena Marsh, da Redação", []string{"Lena Marsh"}},
	{"By Lena Marsh, of the Courier", []string{"Lena Marsh"}},
	{"Von Lena Marsch, vom Hafenkurier", []string{"Lena Marsch"}},
	{"di Lena Marsh, della Redazione", []string{"Lena Marsh"}},
	{"Ana da Silva, Lena Marsh", []string{"Ana da Silva", "Lena Marsh"}},
}

func TestNameTail(t *testing.T) {
	for _, tt := range nameTailTests {
		if got := splitAuthors(tt.raw); !slices.Equal(got, tt.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}
