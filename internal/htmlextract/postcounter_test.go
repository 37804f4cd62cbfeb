package htmlextract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPostCounter: rule "post-counter". The invented mooring thread's
// post headers give their dates without the posts' counters.
func TestPostCounter(t *testing.T) {
	a := mustExtract(t, memberStatsOneListThread)
	if !strings.Contains(a.Text, "08:22 AM") {
		t.Errorf("body lacks the first post's time:\n%s", a.Text)
	}
	for _, counter := range []string{"#1", "#2"} {
		if strings.Contains(a.Text, counter) {
			t.Errorf("body holds the post counter %q:\n%s", counter, a.Text)
		}
	}
}

func TestPostCounterLinks(t *testing.T) {
	cases := []struct {
		html string
		want bool
	}{
		{`<a href="/showthread.php?t=88&p=5501#post5501" class="postcounter">#1</a>`, true},
		{`<a href="/threads/dock.41/post-70002">#12</a>`, true},
		{`<a href="/repo/pull/3141">#3141</a>`, false},
		{`<a href="/posts/77">Post #2</a>`, false},
		{`<a href="/posts/77">#</a>`, false},
		{`<a href="/posts/77">#2a</a>`, false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatal(err)
		}
		if got := postCounter(findBody(doc).FirstChild); got != c.want {
			t.Errorf("postCounter(%s) = %v, want %v", c.html, got, c.want)
		}
	}
}
