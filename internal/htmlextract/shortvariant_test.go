package htmlextract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// shortVariantThread is an invented thread of a forum whose software
// writes each date in a long and a short form, one shown per column width.
const shortVariantThread = `<!doctype html><html lang="en"><head><title>Tide gauge drifting after firmware update - Harbour Sensors Forum</title>
<meta property="og:type" content="website"></head><body>
<header><nav><a href="/">Home</a> <a href="/forums/">Forums</a> <a href="/search/">Search</a></nav></header>
<main><h1 class="ipsTitle">Tide gauge drifting after firmware update</h1>
<ul class="ipsData ipsData--table">
<li><div class="ipsPhotoPanel"><a href="/profile/12-marta-kosel/">Marta Kosel</a> posted <time datetime="2024-04-03T09:12:00Z" title="04/03/2024 09:12 AM" data-short="1 yr" class="ipsTime ipsTime--long"><span class="ipsTime__long">April 3, 2024</span><span class="ipsTime__short">1 yr</span></time></div></li>
</ul>
<article id="elComment_101" class="ipsEntry ipsEntry--post"><aside class="ipsEntry__author-column"><h3 class="ipsEntry__username"><a href="/profile/12-marta-kosel/">Marta Kosel</a></h3><ul class="ipsEntry__authorStats"><li>Members</li><li>142 posts</li></ul></aside>
<div class="ipsEntry__post"><div class="ipsEntry__header"><a href="/topic/881-tide/?do=findComment&comment=101" class="ipsEntry__date">Posted <time datetime="2024-04-03T09:12:00Z" title="04/03/2024 09:12 AM" data-short="1 yr" class="ipsTime ipsTime--long"><span class="ipsTime__long">April 3, 2024</span><span class="ipsTime__short">1 yr</span></time></a></div>
<div class="ipsEntry__content ipsRichText" data-role="commentContent"><p>Since the 4.2 firmware our pier gauge at Wrenmouth reads about six centimetres high at every low tide, while the backup float gauge agrees with the tables.</p><p>Has anyone else seen this drift, and is there a way to roll the firmware back without losing the logged series?</p></div></div></article>
<article id="elComment_102" class="ipsEntry ipsEntry--post"><aside class="ipsEntry__author-column"><h3 class="ipsEntry__username"><a href="/profile/40-joss-arnell/">Joss Arnell</a></h3><ul class="ipsEntry__authorStats"><li>Moderators</li><li>2,310 posts</li></ul></aside>
<div class="ipsEntry__post"><div class="ipsEntry__header"><a href="/topic/881-tide/?do=findComment&comment=102" class="ipsEntry__date">Posted <time datetime="2024-04-04T16:40:00Z" title="04/04/2024 04:40 PM" data-short="1 yr" class="ipsTime ipsTime--long"><span class="ipsTime__long">April 4, 2024</span><span class="ipsTime__short">1 yr</span></time></a></div>
<div class="ipsEntry__content ipsRichText" data-role="commentContent"><p>Yes, 4.2 changed the default temperature compensation for the pressure cell. Open the sensor page, set compensation back to "legacy" and the offset should go away within a day.</p><p>A rollback is not needed; the logged series is kept either way.</p></div></div></article>
<article id="elComment_103" class="ipsEntry ipsEntry--post"><aside class="ipsEntry__author-column"><h3 class="ipsEntry__username"><a href="/profile/12-marta-kosel/">Marta Kosel</a></h3></aside>
<div class="ipsEntry__post"><div class="ipsEntry__header"><a href="/topic/881-tide/?do=findComment&comment=103" class="ipsEntry__date">Posted <time datetime="2024-04-05T08:02:00Z" title="04/05/2024 08:02 AM" data-short="1 yr" class="ipsTime ipsTime--long"><span class="ipsTime__long">April 5, 2024</span><span class="ipsTime__short">1 yr</span></time></a></div>
<div class="ipsEntry__content ipsRichText"><p>That fixed it. The low-tide readings match the float gauge again after one cycle. Thanks, Joss.</p></div></div></article>
</main><footer><p>Harbour Sensors Community</p></footer></body></html>`

// TestShortVariant: rule "short-variant". Each post's date is given in
// its long form only.
func TestShortVariant(t *testing.T) {
	a := mustExtract(t, shortVariantThread)
	for _, want := range []string{"Posted April 3, 2024", "Posted April 4, 2024", "compensation back to", "Thanks, Joss."} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "1 yr") {
		t.Errorf("body holds the short date form:\n%s", a.Text)
	}
}

func TestShortVariantPairs(t *testing.T) {
	cases := []struct {
		short, sibling string
		want           bool
	}{
		{"ipsTime__short", "ipsTime__long", true},
		{"date-short text-muted", "text-muted date-long", true},
		{"short-date", "long-date", true},
		{"ipsTime__short", "ipsTime__longer", false},
		{"short-description", "product-meta", false},
		{"shortcut", "longcut", true},
		{"date-short", "", false},
		{"meta", "date-long", false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(`<p><span class="` + c.short + `">x</span> <span class="` + c.sibling + `">y</span></p>`))
		if err != nil {
			t.Fatal(err)
		}
		span := findBody(doc).FirstChild.FirstChild // body > p > span
		if got := shortVariant(span, c.short); got != c.want {
			t.Errorf("shortVariant(%q beside %q) = %v, want %v", c.short, c.sibling, got, c.want)
		}
	}
}
