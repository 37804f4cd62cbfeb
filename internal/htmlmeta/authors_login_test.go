package htmlmeta

import (
	"slices"
	"testing"
)

// TestLoginDeclared pins rule authorLoginDeclared: a declared CMS login
// that spells no shown name gives way to the person the visible byline
// names; a login the page itself shows as a credit, a declared person, a
// photographer's licence credit, or a word of small letters (a desk's
// account, a place) stay as before. Invented pages.
func TestLoginDeclared(t *testing.T) {
	ld := func(name string) string {
		return `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"` + name + `"}}</script>`
	}
	for _, tt := range []struct {
		head, byline string
		want         []string
	}{
		{ld("petra.kowal"), `<p>by <a class="byline-link" href="/a">Dana Tarrant</a></p>`, []string{"Dana Tarrant"}},
		{`<meta name="author" content="petra_kowal">`, `<div class="writer-card"><span>Dana Tarrant</span></div>`, []string{"Dana Tarrant"}},
		// a login of small letters alone stays (rule authorLoginName)
		{`<meta name="author" content="webkowal">`, `<div class="writer-card"><span>Dana Tarrant</span></div>`, []string{"webkowal"}},
		{ld("PetraK"), `<p>by <a class="byline-link" href="/a">Dana Tarrant</a></p>`, []string{"Dana Tarrant"}},
		// the login spells the shown name (rule authorHandleName)
		{ld("dana.tarrant"), `<p>by <a class="byline-link" href="/a">Dana Tarrant</a></p>`, []string{"Dana Tarrant"}},
		// the page shows the login itself: a forum's poster
		{ld("PetraK"), `<p>by <a class="byline-link" href="/a">Dana Tarrant</a></p><div class="post-author"><a class="username" href="/u/7">PetraK</a></div>`, []string{"PetraK"}},
		// a declared person stays
		{ld("Ann Black"), `<p>by <a class="byline-link" href="/a">Dana Tarrant</a></p>`, []string{"Ann Black"}},
		// a photographer credited in an image's licence line
		{ld("petra.kowal"), `<div class="licence-note"><span class="byline-name"><a href="/f">Dana Tarrant</a></span></div>`, []string{"petra.kowal"}},
		// a place in the author field is no login either
		{ld("córdoba"), `<p>by <a class="byline-link" href="/a">Dana Tarrant</a></p>`, nil},
	} {
		got := headlineAuthors(t, tt.head, tt.byline, tramText)
		if tt.want == nil {
			if slices.Contains(got, "Dana Tarrant") {
				t.Errorf("%s %s: authors %q, want no byline name", tt.head, tt.byline, got)
			}
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: authors %q, want %q", tt.head, tt.byline, got, tt.want)
		}
	}
}
