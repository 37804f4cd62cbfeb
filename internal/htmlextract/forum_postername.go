package htmlextract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/model"
)

// maxPosterCard bounds the visible bytes of a poster's card that rule
// "poster-name" reads: a name, an avatar's letter, a title, a join date
// and two or three counters; a longer region is a box of the page's own
// ("Members online", a "Latest posts" list), not one post's card.
const maxPosterCard = 300

// maxPosterName bounds the poster's name itself: a handle or a full name.
const maxPosterName = 60

// posterNameWords are the class and id words (split as hasAttrWord splits
// them) that forum software gives the poster's name in a post's card:
// XenForo's, vBulletin's and phpBB's "username".
var posterNameWords = map[string]bool{"username": true}

// posterName is rule "poster-name": on a thread's page (x.thread), a
// post's card (avatar, name, title, join date, counters) goes as a whole
// when a rule takes it for a teaser card or for furniture, and with it
// the name of the member who wrote the post, which a reader of the thread
// reads as the post's first line ("who says this"). The name alone is
// kept, in the card's place: the element named for it (class "username",
// or itemprop="name" in the card's itemprop="author" scope, a <meta>'s
// content among them), when the
// card holds exactly one such name. An inline card (Discourse's <span
// itemprop="author"> before the post's time) is read when no text waits
// before it in its line. It returns the name, or "". (lede
// bench extract on WCXB: forum words F1 up on both md5 halves, 15 pages
// up, 5 down whose golds leave the names out; extract/: one thread gains
// its posters' names.)
func (x *extractor) posterName(n *html.Node) string {
	if !x.thread || n.Type != html.ElementNode {
		return ""
	}
	p := attr(n, "itemprop")
	author := p == "author" || p == "creator"
	if !isBlockTag(n.DataAtom) && !(author && x.nothingPending()) {
		return ""
	}
	if ni := x.ptr(n); ni == nil || ni.text > maxPosterCard {
		return ""
	}
	name := ""
	var walk func(p *html.Node, author bool) bool
	walk = func(p *html.Node, author bool) bool {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			prop := attr(c, "itemprop")
			if c.DataAtom == atom.Meta && !(author && prop == "name") || c.DataAtom != atom.Meta && isJunkTag(c.DataAtom) {
				continue
			}
			if hasAttrWord(c, posterNameWords) || author && prop == "name" {
				t := textOf(c)
				if c.DataAtom == atom.Meta {
					t = model.CollapseSpace(attr(c, "content"))
				}
				if t == "" {
					continue
				}
				if name != "" && t != name {
					return false // two names: a list of members, not one card
				}
				name = t
				continue
			}
			if !walk(c, author || prop == "author" || prop == "creator") {
				return false
			}
		}
		return true
	}
	if !walk(n, author) || len(name) > maxPosterName {
		return ""
	}
	return name
}
