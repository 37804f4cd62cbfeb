package dedup

import "testing"

// TestWordDiffEndPunct: rule diff-end-punct. Words cut from (or added
// to) the end of a sentence or clause take its punctuation with them:
// the shared word before them keeps the form it has in both texts.
func TestWordDiffEndPunct(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"the mayor spoke on Friday evening.", "the mayor spoke on Friday.", "the mayor spoke on Friday [-evening-]."},
		{"the mayor spoke on Friday.", "the mayor spoke on Friday evening.", "the mayor spoke on Friday {+evening+}."},
		{"on Friday evening, the mayor said", "on Friday, the mayor said", "on Friday [-evening-], the mayor said"},
		// the shared word ends both sentences: nothing to move
		{"the mayor spoke. Then left", "the mayor spoke. Later", "the mayor spoke. [-Then left-] {+Later+}"},
		// a replacement keeps the plain form
		{"the pier opened on Friday evening.", "the pier opened on Friday night.", "the pier opened on Friday [-evening.-] {+night.+}"},
	} {
		if got := WordDiff(c.a, c.b); got != c.want {
			t.Errorf("WordDiff(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}
