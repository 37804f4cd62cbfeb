package htmlmeta

import (
	"slices"
	"testing"
)

// TestBylineClassWordEnd pins rule bylineClassWordEnd: a class or id
// holding "author" only as the stem of a longer word (a sign-up link's
// "authorize", a log-in box's "unauthorized", an institution's
// "authority") credits no one, while a byline class glued as pages write
// them ("authorname", "post-author", "authorBox") still does. Invented
// pages.
func TestBylineClassWordEnd(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<div class="authorize-links"><a href="/join">Join Us</a></div>`, nil},
		{`<span class="unauthorized-note"><a href="/in">Sign In</a></span>`, nil},
		{`<div id="port-authority-box"><a href="/p">Harbour Board</a></div>`, nil},
		{`<span class="meta-authorname">Odile Varga</span>`, []string{"Odile Varga"}},
		{`<span class="post-author">Odile Varga</span>`, []string{"Odile Varga"}},
		{`<span class="cardAuthor">Odile Varga</span>`, []string{"Odile Varga"}},
		// a stem word beside a byline word: the byline word counts
		{`<div class="authorization-wrap byline">Odile Varga</div>`, []string{"Odile Varga"}},
	} {
		got := headlineAuthors(t, "", tt.byline, tramText)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
