package htmlextract

import "testing"

// TestAttrWordIn: hasAttrWord's split of a class or id value into
// lower-case runs of ASCII letters, on the stack.
func TestAttrWordIn(t *testing.T) {
	words := map[string]bool{"vote": true, "upvotecount": true, "answer": true, "averyveryverylongclassnamewordthatgoesonandon": true}
	for _, c := range []struct {
		v    string
		want bool
	}{
		{"js-vote-count", true},
		{"upvoteCount", true},
		{"FAQ__Answer", true},
		{"votes", false},
		{"café-vote", true},
		{"devote", false},
		{"x AVeryVeryVeryLongClassNameWordThatGoesOnAndOn y", true},
		{"", false},
		{"--", false},
	} {
		if got := attrWordIn(c.v, words); got != c.want {
			t.Errorf("attrWordIn(%q) = %v, want %v", c.v, got, c.want)
		}
	}
}
