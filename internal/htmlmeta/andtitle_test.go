package htmlmeta

import (
	"slices"
	"testing"
)

// TestAndAfterTitle pins rule authorAndAfterTitle: a person joined by a
// conjunction after the first name's job title is a second author; a
// title that goes on after "and" is still one author's. Invented people.
func TestAndAfterTitle(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{"By Lena Marsh, Senior Correspondent, and Tom Grey", []string{"Lena Marsh", "Tom Grey"}},
		{"By Lena Marsh, Senior Correspondent and Tom Grey, Political Editor", []string{"Lena Marsh", "Tom Grey"}},
		{"By Lena Marsh, Director, Studio, Kilns, and Glazes, Portbay Pottery", []string{"Lena Marsh"}},
	} {
		if got := headlineAuthors(t, "", `<p class="byline">`+tt.byline+`</p>`, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors = %q, want %q", tt.byline, got, tt.want)
		}
	}
}
