package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// posterCardPost is one post of an invented allotment forum's thread: a
// card in the poster's microdata (avatar letter, name, title, join date
// and message count behind icons) beside the post's date and text.
const posterCardPost = `<article class="post-item"><div class="post-frame"><div class="post-side">
<section class="member-card" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="member-pic"><a href="/members/%[1]d/" class="member-pic-link"><span role="img" aria-label="%[2]s">%[3]s</span></a></div>
<div class="member-about"><h4 class="member-handle"><a href="/members/%[1]d/" class="username"><span itemprop="name">%[2]s</span></a></h4><h5 class="userTitle" itemprop="jobTitle">Plot holder</h5></div>
<div class="member-extras"><dl class="facts"><dt><span title="Joined"><i class="ico-person"><svg aria-hidden="true"><use href="#user"></use></svg></i></span></dt><dd>Mar 3, 2015</dd></dl><dl class="facts"><dt><span title="Messages"><i class="ico-bubble"><svg aria-hidden="true"><use href="#msg"></use></svg></i></span></dt><dd>4,120</dd></dl></div></section></div>
<div class="post-main"><header class="post-head"><a href="/posts/%[1]d/"><time datetime="2025-05-02T07:10:00Z">May %[1]d, 2025</time></a> <a href="/posts/%[1]d/">#%[1]d</a></header>
<div class="post-content"><div class="post-words">%[4]s<br><br>%[4]s<br><br>%[4]s<br><br>%[4]s<br><br>%[4]s</div></div></div></div></article>
`

// posterCardThread returns the thread: five posts under a title, and a
// "members online" box of several linked names beside them.
func posterCardThread() string {
	posts := []struct{ name, text string }{
		{"Ottilie Vass", "The slugs have stripped two rows of kale on plot nine overnight, and the copper tape did nothing at all this spring. Has anyone had luck with wool pellets around young plants, or is it nematodes or nothing?"},
		{"Ciaran Brannock", "Nematodes worked for us last year, but only once the soil was above five degrees. Water them in at dusk, keep the bed damp for a fortnight, and repeat six weeks later on heavy clay."},
		{"Ottilie Vass", "Thanks, I will order a pack and wait for a warmer week before watering them in along the kale rows. The garden centre by the station sells them in a cool box."},
		{"Hedda Morrow", "Lift every board, pot and plank lying near the brassicas. Slugs spend the day underneath them and come out at night; once we cleared the path edges the damage halved within a week."},
		{"Piet Calloway", "We gave up and grew the kale under fine mesh tunnels pinned down with bricks. Not a single slug got through in two years, and the pigeons stayed off too."},
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Slugs on the brassicas again - Hollin Vale Allotments Forum</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Slugs on the brassicas again"}</script></head><body>
<div class="site-tabs"><a href="/">Forums</a> <a href="/whats-new/">What's new</a></div>
<h1 class="topic-title">Slugs on the brassicas again</h1><div class="topic-posts">`)
	for i, p := range posts {
		fmt.Fprintf(&b, posterCardPost, i+1, p.name, p.name[:1], p.text)
	}
	b.WriteString(`</div><div class="who-is-here"><h3>Members online</h3><ul><li><a href="/members/31/" class="username">Wendel Ashby</a></li><li><a href="/members/32/" class="username">Rosa Finchley</a></li></ul></div>
<div class="site-foot"><a href="/help/terms/">Terms and rules</a></div></body></html>`)
	return b.String()
}

// TestPosterName: rule "poster-name". Each post keeps its poster's name
// before its text; the card's avatar letter, title and figures go, and
// so do the names of a box of several members.
func TestPosterName(t *testing.T) {
	a := mustExtract(t, posterCardThread())
	blocks := map[string]int{}
	for _, bl := range a.Body {
		blocks[bl.Text]++
	}
	for name, n := range map[string]int{"Ottilie Vass": 2, "Ciaran Brannock": 1, "Hedda Morrow": 1, "Piet Calloway": 1} {
		if blocks[name] != n {
			t.Errorf("%d blocks %q, want %d:\n%s", blocks[name], name, n, a.Text)
		}
	}
	if i, j := strings.Index(a.Text, "Hedda Morrow"), strings.Index(a.Text, "Lift every board"); i < 0 || j < i {
		t.Errorf("the poster's name is not before the post:\n%s", a.Text)
	}
	for _, gone := range []string{"Plot holder", "4,120", "Mar 3, 2015", "Wendel Ashby"} {
		checkKept(t, a, gone, "the card's furniture", false)
	}
	for _, bl := range a.Body {
		if bl.Text == "O" || bl.Text == "C" {
			t.Errorf("an avatar's letter stays as a block:\n%s", a.Text)
		}
	}
}

// TestPostDate: rule "post-date". Each post keeps its date, after its
// poster's name and before its text; the post's ordinal goes.
func TestPostDate(t *testing.T) {
	a := mustExtract(t, posterCardThread())
	for i := 1; i <= 5; i++ {
		checkKept(t, a, fmt.Sprintf("May %d, 2025", i), "the post's date", true)
		checkKept(t, a, fmt.Sprintf("#%d", i), "the post's ordinal", false)
	}
	name, date, text := strings.Index(a.Text, "Hedda Morrow"), strings.Index(a.Text, "May 4, 2025"), strings.Index(a.Text, "Lift every board")
	if name < 0 || date < name || text < date {
		t.Errorf("the post's date is not between its poster's name and its text:\n%s", a.Text)
	}
}
