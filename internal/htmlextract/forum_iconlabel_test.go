package htmlextract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// iconLabelThread is an invented birding forum's thread whose profile
// column shows each figure under an icon that names it in a title only.
const iconLabelThread = `<!DOCTYPE html><html lang="en"><head><title>First swifts over the reservoir - Tarnbeck Birders</title></head><body>
<div class="p-nav"><a href="/">Forums</a> <a href="/whats-new/">New posts</a></div>
<h1>First swifts over the reservoir</h1>
<div class="block-body">
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name">Ilse Marrack</h4>
<div class="message-userExtras"><dl class="pairs"><dt><span title="Joined"><i class="fa fa-user"></i></span></dt><dd>Mar 3, 2019</dd></dl>
<dl class="pairs"><dt><span title="Messages"><i class="fa fa-comments"></i></span></dt><dd>2,418</dd></dl>
<dl class="pairs"><dt><span title="Reaction score"><i class="fa fa-thumbs-up"></i></span></dt><dd>377</dd></dl></div></div>
<div class="message-cell message-cell--main"><div class="bbWrapper">Three swifts over the north shore of the reservoir this evening, a week earlier than last spring.<br><br>Has anyone seen them further up the valley yet, around the old quarry?</div></div></article>
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name">Tomas Reddaway</h4>
<div class="message-userExtras"><dl class="pairs"><dt><span title="Joined"><i class="fa fa-user"></i></span></dt><dd>Jul 21, 2022</dd></dl>
<dl class="pairs"><dt><span title="Messages"><i class="fa fa-comments"></i></span></dt><dd>96</dd></dl></div></div>
<div class="message-cell message-cell--main"><div class="bbWrapper">Two over the quarry at noon today, feeding low over the water before the rain came in from the west.</div></div></article>
</div>
<div class="p-footer"><a href="/help/">Help</a></div>
</body></html>`

// TestIconLabel: rule "icon-label" through rule "member-stats". The
// posts stay; the profile figures under icons go.
func TestIconLabel(t *testing.T) {
	a := mustExtract(t, iconLabelThread)
	for _, want := range []string{"Three swifts over the north shore", "feeding low over the water"} {
		checkKept(t, a, want, "the post text", true)
	}
	for _, junk := range []string{"Mar 3, 2019", "2,418", "377", "Jul 21, 2022"} {
		checkKept(t, a, junk, "the profile figure", false)
	}
}

func TestIconLabelTerms(t *testing.T) {
	cases := []struct {
		html, want string
	}{
		{`<dt><span title="Joined"><i class="fa-user"></i></span></dt>`, "Joined"},
		{`<dt><i class="fa-comments" aria-label="Messages"></i></dt>`, "Messages"},
		{`<dt><span><span><span title="Points"></span></span></span></dt>`, ""},
		{`<dt><i class="fa-star"></i></dt>`, ""},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader("<dl>" + c.html + "</dl>"))
		if err != nil {
			t.Fatal(err)
		}
		dt := findBody(doc).FirstChild.FirstChild
		if got := iconLabel(dt, maxIconLabelDepth); got != c.want {
			t.Errorf("iconLabel(%s) = %q, want %q", c.html, got, c.want)
		}
	}
}
