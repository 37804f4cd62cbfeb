package htmlmeta

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// authorJobPartTests pin rule authorJobPart: a byline part after a name
// that holds a job or department word is the name's title, not a second
// author; two names stay two names.
var authorJobPartTests = []struct {
	raw  string
	want []string
}{
	{"Brett Cole, Digital Security Expert", []string{"Brett Cole"}},
	{"Matt Checker, Co-Founder", []string{"Matt Checker"}},
	{"Dana Padua, Community Development", []string{"Dana Padua"}},
	{"Zack Cuevo | Hardware", []string{"Zack Cuevo"}},
	{"Will Juddson Former", []string{"Will Juddson"}},
	{"Jane Doe, John Smith & Ann Lee", []string{"Jane Doe", "John Smith", "Ann Lee"}},
	{"Help Net Security", []string{"Help Net Security"}},
	{"Research Desk", []string{"Research Desk"}},
}

func TestAuthorJobPart(t *testing.T) {
	for _, tt := range authorJobPartTests {
		if diff := cmp.Diff(tt.want, splitAuthors(tt.raw)); diff != "" {
			t.Errorf("splitAuthors(%q) (-want +got):\n%s", tt.raw, diff)
		}
	}
}
