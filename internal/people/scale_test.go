package people

import (
	"fmt"
	"strings"
	"testing"
)

// TestManyPeople is the regression test for the byLast/byFirst index: a text
// naming thousands of people, each later called by surname alone, must give
// every surname to its own person, and stay fast (the scan over every person
// per name word made this quadratic).
func TestManyPeople(t *testing.T) {
	const n = 3000
	name := func(i int) string {
		return string([]byte{byte('A' + i%26), byte('a' + i/26%26), byte('a' + i/676%26), 'o'})
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%s %s said the plan was good. Later %s added more. ", name(i), name(i+n), name(i+n))
	}
	d := Analyze(b.String())
	if len(d.People) != n {
		t.Fatalf("%d people, want %d", len(d.People), n)
	}
	for i, p := range d.People {
		want := name(i) + " " + name(i+n)
		if p.Name != want {
			t.Fatalf("person %d is %q, want %q", i, p.Name, want)
		}
		partial := 0
		for _, m := range p.Mentions {
			if m.Kind == MentionPartial {
				partial++
			}
		}
		if partial != 1 {
			t.Fatalf("%s: %d surname mentions, want 1", p.Name, partial)
		}
	}
}
