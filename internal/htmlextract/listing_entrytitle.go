package htmlextract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// entryTitle is rule "entry-title": on a page that declares neither an
// article nor a discussion, the title block of an entry of a list (a
// <header>, or a box that opens with a linked heading, standing right
// under an <article> or a list item, that opens with a link and holds
// maxEntryTitle bytes or fewer) whose own text goes on below it in a
// block that stays (the entry's summary) is that entry's title, and
// stays with it. A news or blog index puts each story in an <article>:
// <header><a href="/news/7">Ferry fares to rise in May</a></header>,
// a date line, then a paragraph of summary. The link-list and teaser
// rules took the title block for a link to another page and dropped it,
// so that the index came out as summaries without their headlines.
// Titles that a kicker or a date opens, or that stand deeper in a
// teaser's wrappers, are left to those rules, as are entries whose
// summary went too (other stories under an article).
func (x *extractor) entryTitle(n *html.Node, ni *nodeInfo) bool {
	if x.thread || x.article || ni.text == 0 || ni.text > maxEntryTitle {
		return false
	}
	if n.Parent == nil || n.Parent.DataAtom != atom.Article && n.Parent.DataAtom != atom.Li {
		return false
	}
	t := firstText(n, 0)
	if !inLink(t) {
		return false
	}
	if n.DataAtom != atom.Header {
		h := cardHeading(n, 0)
		if h == nil || findAtom(h, atom.A, 0) == nil || !contains(h, t) {
			return false
		}
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		si := x.info1(s)
		if !si.skip() && !si.effBoiler() && !si.teaser() && si.cgood >= minGoodLen {
			return true
		}
	}
	return false
}

// maxEntryTitle bounds the text of an entry's title block, in visible
// bytes: a headline, perhaps with its date and a comments link (the
// longest on the WCXB dev pages that the rule was made for run to about
// 130; measured by hand at commit dc01c66a).
const maxEntryTitle = 200

// inLink reports whether the text node t lies in a link.
func inLink(t *html.Node) bool {
	for a := t; a != nil; a = a.Parent {
		if a.DataAtom == atom.A {
			return true
		}
	}
	return false
}
