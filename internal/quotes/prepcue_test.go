package quotes

import (
	"strings"
	"testing"
)

// TestPrepCuePairs pins prepCuePairs[a][b] to prepCues[a+" "+b]: on every
// split of every key, on words of the keys crossed with one another, and
// on words holding spaces.
func TestPrepCuePairs(t *testing.T) {
	var words []string
	for k := range prepCues {
		if strings.Count(k, " ") != 1 {
			t.Fatalf("prepCues key %q: want one space", k)
		}
		words = append(words, strings.Fields(k)...)
	}
	words = append(words, "", " ", "to ", " to", "declined to", "x", "Declined")
	for _, a := range words {
		for _, b := range words {
			if got, want := prepCuePairs[a][b], prepCues[a+" "+b]; got != want {
				t.Errorf("%q %q: pairs %v, joined %v", a, b, got, want)
			}
		}
	}
	n := 0
	for _, m := range prepCuePairs {
		n += len(m)
	}
	if n != len(prepCues) {
		t.Errorf("pairs hold %d, prepCues %d", n, len(prepCues))
	}
}
