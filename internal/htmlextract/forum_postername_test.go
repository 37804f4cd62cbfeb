package htmlextract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
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

// posterCardThread returns the thread: five posts under a title, each
// written by post (posterCardPost or a variant of it), and a "members
// online" box of several linked names beside them.
func posterCardThread(post string) string {
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
		fmt.Fprintf(&b, post, i+1, p.name, p.name[:1], p.text)
	}
	b.WriteString(`</div><div class="who-is-here"><h3>Members online</h3><ul><li><a href="/members/31/" class="username">Wendel Ashby</a></li><li><a href="/members/32/" class="username">Rosa Finchley</a></li></ul></div>
<div class="site-foot"><a href="/help/terms/">Terms and rules</a></div></body></html>`)
	return b.String()
}

// TestPosterName: rule "poster-name". Each post keeps its poster's name
// before its text; the card's avatar letter, title and figures go, and
// so do the names of a box of several members.
func TestPosterName(t *testing.T) {
	a := mustExtract(t, posterCardThread(posterCardPost))
	blocks := blockCounts(a)
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
	a := mustExtract(t, posterCardThread(posterCardPost))
	for i := 1; i <= 5; i++ {
		checkKept(t, a, fmt.Sprintf("May %d, 2025", i), "the post's date", true)
		checkKept(t, a, fmt.Sprintf("#%d", i), "the post's ordinal", false)
	}
	name, date, text := strings.Index(a.Text, "Hedda Morrow"), strings.Index(a.Text, "May 4, 2025"), strings.Index(a.Text, "Lift every board")
	if name < 0 || date < name || text < date {
		t.Errorf("the post's date is not between its poster's name and its text:\n%s", a.Text)
	}
}

// TestPosterNameOnce: rule "poster-name" on a theme that repeats the
// post's card for small screens, the member's group after the name: the
// poster's name is written once before each post.
func TestPosterNameOnce(t *testing.T) {
	phone := `<div class="post-main"><section class="member-card phone-only" itemprop="author" itemscope itemtype="https://schema.org/Person">` +
		`<a href="/members/%[1]d/" class="username">%[2]s</a> <span class="member-group">Members</span></section>`
	a := mustExtract(t, posterCardThread(strings.Replace(posterCardPost, `<div class="post-main">`, phone, 1)))
	blocks := blockCounts(a)
	for name, n := range map[string]int{"Ottilie Vass": 2, "Ciaran Brannock": 1, "Hedda Morrow": 1, "Piet Calloway": 1} {
		if blocks[name] != n {
			t.Errorf("%d blocks %q, want %d:\n%s", blocks[name], name, n, a.Text)
		}
	}
}

// crawlerPost is one post of an invented cycling club's thread as a
// forum serves it to readers without scripts: the poster's microdata in
// an inline <span> before the post's time, then the post.
const crawlerPost = `<div id="post_%[1]d" class="thread-entry"><div class="entry-meta">
<span class="entry-author" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/%[2]s"><span itemprop="name">%[2]s</span></a></span>
<span class="entry-infos"><time itemprop="datePublished" datetime="2025-03-0%[1]dT10:00:00Z" class="entry-time">March %[1]d, 2025, 10:00am</time><span itemprop="position">%[1]d</span></span></div>
<div class="entry-text" itemprop="text"><p>%[3]s</p><p>%[3]s</p></div></div>
`

// TestPosterNameInline: rule "poster-name" on a card that is an inline
// element: each post keeps its poster's handle, as a line of its own.
func TestPosterNameInline(t *testing.T) {
	posts := []struct{ name, text string }{
		{"quill_rider", "Our Sunday loop along the estuary keeps flooding at the old mill bridge. Does anyone know a dry detour that avoids the main road past the quarry?"},
		{"fenna_spoke", "Take the towpath north to the lock keeper's cottage, then the farm lane east; it adds four miles but stays dry even after a week of rain."},
		{"quill_rider", "Rode it this morning with six of the club. Dry all the way, and the café at the lock opens at eight, which nobody had told us before."},
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Flooded bridge on the Sunday loop - Marrowby Wheelers</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Flooded bridge on the Sunday loop"}</script></head><body>
<h1>Flooded bridge on the Sunday loop</h1><div class="thread-entries" itemscope itemtype="http://schema.org/DiscussionForumPosting">`)
	for i, p := range posts {
		fmt.Fprintf(&b, crawlerPost, i+1, p.name, p.text)
	}
	b.WriteString(`</div></body></html>`)
	a := mustExtract(t, b.String())
	blocks := blockCounts(a)
	if blocks["quill_rider"] != 2 || blocks["fenna_spoke"] != 1 {
		t.Errorf("posters' handles as blocks: %v, want quill_rider twice and fenna_spoke once:\n%s", blocks, a.Text)
	}
	if i, j := strings.Index(a.Text, "fenna_spoke"), strings.Index(a.Text, "Take the towpath"); i < 0 || j < i {
		t.Errorf("the poster's handle is not before the post:\n%s", a.Text)
	}
}

// microdataPost is one post of an invented camera club's thread whose
// page declares itself a discussion in microdata only: the poster's card
// names the poster in a <meta itemprop="name"> beside a link to the
// profile, over the member's figures.
const microdataPost = `<article class="ReplyBox" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<div class="ReplyBox__avatar"><a href="/members/%[2]s.%[1]d/"><img src="/a/%[1]d.jpg" alt="%[2]s"></a></div>
<div class="ReplyBox__user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="ReplyBox__who"><meta itemprop="name" content="%[2]s">
<a class="ReplyBox__profile" href="/members/%[2]s.%[1]d/" itemprop="url">%[2]s</a></div><div class="ReplyBox__figures"><span>1,20%[1]d posts</span> · <span>Joined 2019</span></div></div>
<div class="ReplyBox__body" itemprop="text"><p>%[3]s</p><p>%[3]s</p><p>%[3]s</p></div></article>
`

// TestPosterNameMicrodata: rules "declared-thread" on microdata (see
// threadItem) and "poster-name" on a <meta> name: each post keeps its
// poster's name, not the member's figures.
func TestPosterNameMicrodata(t *testing.T) {
	posts := []struct{ name, text string }{
		{"lenscap_lou", "My old rangefinder has started leaking light along the bottom of every frame. Is it the seals, and can they be replaced at home with a kit, or does it need a workshop?"},
		{"brasswind", "Almost certainly the seals. A kit costs less than a roll of film and an afternoon; scrape the old foam out with a wooden stick so the body is never scratched."},
		{"lenscap_lou", "Done over the weekend with a kit from the market stall. The first test roll came back clean, edge to edge, with not a streak on any of the thirty-six frames."},
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Light leak on an old rangefinder - Tamsley Camera Club</title></head><body>
<div class="site-tabs"><a href="/">Forums</a> <a href="/new/">New posts</a></div>
<div class="TopicPage" itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">Light leak on an old rangefinder</h1>`)
	for i, p := range posts {
		fmt.Fprintf(&b, microdataPost, i+1, p.name, p.text)
	}
	b.WriteString(`</div><div class="site-foot"><a href="/terms/">Terms</a></div></body></html>`)
	a := mustExtract(t, b.String())
	blocks := blockCounts(a)
	if blocks["lenscap_lou"] != 2 || blocks["brasswind"] != 1 {
		t.Errorf("posters' names as blocks: %v, want lenscap_lou twice and brasswind once:\n%s", blocks, a.Text)
	}
	checkKept(t, a, "Joined 2019", "the member's figures", false)
}

func TestThreadItem(t *testing.T) {
	cases := []struct {
		itemtype string
		want     bool
	}{
		{"https://schema.org/DiscussionForumPosting", true},
		{" http://schema.org/DiscussionForumPosting ", true},
		{"https://schema.org/Comment", false},
		{"https://schema.org/QAPage", false},
		{"https://schema.org/Article", false},
	}
	for _, c := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "itemtype", Val: c.itemtype}}}
		if got := threadItem(n); got != c.want {
			t.Errorf("threadItem(%q) = %v, want %v", c.itemtype, got, c.want)
		}
	}
}

// blockCounts counts the body's blocks by their text.
func blockCounts(a *model.Article) map[string]int {
	blocks := map[string]int{}
	for _, bl := range a.Body {
		blocks[bl.Text]++
	}
	return blocks
}
