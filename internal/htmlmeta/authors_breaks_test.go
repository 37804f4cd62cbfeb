package htmlmeta

import (
	"slices"
	"testing"
)

// TestBreakFields pins rule bylineBreakFields: a byline's fields set on
// lines of their own with <br> are read apart (a job title's first word no
// longer sticks to the name, two names no longer make one); a break after
// or before a joining word, or after a label's colon, continues the line.
// Invented bylines.
func TestBreakFields(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<p class="byline">By Ada Quell<br>Transport Correspondent</p>`, []string{"Ada Quell"}},
		{`<p>By Ada Quell<br>Orvania Bureau Chief<br>3 March 2025</p>`, []string{"Ada Quell"}},
		{`<div class="author">Ada Quell<br>Transport Correspondent</div>`, []string{"Ada Quell"}},
		{`<p class="byline">By <a href="/writers/ada-quell">Ada Quell</a><br>Transport Correspondent</p>`, []string{"Ada Quell"}},
		// Two writers on two lines are no four-word name.
		{`<p class="byline">By Ada Quell<br>Tomas Veil</p>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada Quell and<br>Tomas Veil</p>`, []string{"Ada Quell", "Tomas Veil"}},
		{`<p class="byline">By Ada Quell<br>&amp; Tomas Veil</p>`, []string{"Ada Quell", "Tomas Veil"}},
		{`<p class="byline">Von:<br>Ada Quell</p>`, []string{"Ada Quell"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
