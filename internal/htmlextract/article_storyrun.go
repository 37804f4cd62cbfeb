package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minStoryLink: the link of rule "story-run" is a headline, three words
// or more; shorter links are labels ("Front Page", a category).
const minStoryLink = 20

// storyCard is rule "story-run": an <article> element inside the text,
// short as a teaser (under teaserMaxText), one of a run of minRunCards
// sibling <article>s or more, and holding a headline linked to another
// page, is a card of a list of other stories (the "Also in the news"
// cards under a report: category, linked headline, author, date and the
// excerpt's first line), however the theme sets the headline: rule
// "teaser-card" needs it in a heading, and a <div class="title"> is none.
// A run set between paragraphs of the text (cardRun) stays: it is part of
// it; so does a run that holds keepShare of the text or more: it is what
// the page offers. Threads and listing pages, whose posts and entries are <article>s,
// are left alone, and so is an <article> holding another (a forum theme
// nests the post's text in one inside the post's <article>; a teaser
// card has no such part).
func (x *extractor) storyCard(n *html.Node, ni *nodeInfo) bool {
	if n.DataAtom != atom.Article || x.thread || x.listing || x.noTeasers || ni.text >= teaserMaxText || ni.link == 0 ||
		x.rootCGood < teaserKeepMin || !storyLink(n, 0) || findAtom(n, atom.Article, 0) != nil {
		return false
	}
	p := n.Parent
	if p == nil {
		return false
	}
	pi := x.ptr(p)
	return countChildren(p, atom.Article) >= minRunCards && pi != nil && float64(pi.good) < keepShare*float64(x.rootGood) && !x.cardRun(p)
}

// storyLink reports whether n holds a link to another page (not an
// in-page anchor) that reads as a headline (headlineLink).
func storyLink(n *html.Node, depth int) bool {
	if depth > maxDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			h := attr(c, "href")
			if h != "" && !strings.HasPrefix(h, "#") && !strings.HasPrefix(h, "javascript:") && headlineLink(textOf(c)) {
				return true
			}
			continue
		}
		if storyLink(c, depth+1) {
			return true
		}
	}
	return false
}

// findAtom returns the first element named a under n, or nil.
func findAtom(n *html.Node, a atom.Atom, depth int) *html.Node {
	if depth > maxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			return c
		}
		if f := findAtom(c, a, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// headlineLink reports whether a link's text t reads as a headline: at
// least minStoryLink bytes, and no call to act ("Sign up for our
// newsletter", "Read the full report"), which a card of a service's
// offers carries under its own unlinked title (linkCallWords).
func headlineLink(t string) bool {
	if len(t) < minStoryLink {
		return false
	}
	first, _, _ := strings.Cut(t, " ")
	return !linkCallWords[lowerWord(first)]
}
