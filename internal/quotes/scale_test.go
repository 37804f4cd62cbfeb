package quotes

import (
	"fmt"
	"strings"
	"testing"
)

// TestManySpeakers is the regression test for extractor.personIdx: a text
// quoting thousands of people must credit each quote to its speaker, and
// stay linear (add scanned every person for every quote).
func TestManySpeakers(t *testing.T) {
	const n = 2000
	name := func(i int) string {
		return string([]byte{byte('A' + i%26), byte('a' + i/26%26), byte('a' + i/676%26), 'o'})
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "\"We will build the bridge this year,\" said %s %s.\n\n", name(i), name(i+n))
	}
	qs := Extract(b.String(), Options{})
	if len(qs) != n {
		t.Fatalf("%d quotes, want %d", len(qs), n)
	}
	for i, q := range qs {
		if want := name(i) + " " + name(i+n); q.Speaker != want {
			t.Fatalf("quote %d by %q, want %q", i, q.Speaker, want)
		}
	}
}
