package htmlmeta

import "golang.org/x/net/html"

// linkCard is rule dateNotLinkCards: a page that links to other pages in
// cards ("From our journal: <a><h3>Choosing a grinder</h3><time>4 June
// 2025</time></a>") shows each linked page's day in its card, and a page
// that dates itself nowhere else (a shop's product page) took the first
// card's day as its publication. On a page that declares itself a product
// (isProductPage, JSON-LD or og:type) a card is an <a> holding a heading, or a
// block (div, li, article) whose child or grandchild is a linked heading
// (<h3><a>...</a></h3>, or <a><h3>...</h3></a>); its dates are the linked
// page's, and the date readers (the <time> elements, date attributes and
// date-classed elements) skip them. A card that holds the page's headline
// (an <h1>) is the page's own header, and a page without an <h1> may set
// its headline as a linked heading, so the rule reads only pages with an
// <h1> headline. A byline's link around its own date (<a
// href="/2025/09/12/"><time>) holds no heading: it stays the page's. An
// article, a blog, a forum or a documentation page links to its other
// pages in cards too, but its own date may sit in a block that reads as
// one (a blog's post under a linked <h2>, an author box with a linked
// name), so the rule reads product pages only. linkCard reports whether
// n opens a card.
func (c *collector) linkCard(n *html.Node) bool {
	if len(c.headlinePath) == 0 || c.headlinePath[n] {
		return false
	}
	switch n.Data {
	case "a":
		if !headingWithin(n, maxCardDepth, false) {
			return false
		}
	case "div", "li", "article":
		if !headingWithin(n, maxCardDepth, true) {
			return false
		}
	default:
		return false
	}
	return !hasDescendant(n, "h1", 0)
}

// hasLinkCard reports whether an element under n opens a card. It reads
// every element, the walk only those it reaches: a card the walk would
// not reach costs a second walk that skips nothing, the same outputs.
func (c *collector) hasLinkCard(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && (c.linkCard(ch) || c.hasLinkCard(ch)) {
			return true
		}
	}
	return false
}

// maxCardDepth is how deep under a card its heading sits: a card's
// heading is its child or grandchild (<li><a><h3>, <div><h3><a>); a
// heading deeper down is in a list or a section of cards, not one card.
const maxCardDepth = 2

// headingWithin reports whether an h2 to h6 sits within depth levels under
// n; linked asks for a linked one: an <a> holding it, or one inside it.
func headingWithin(n *html.Node, depth int, linked bool) bool {
	return cardHeading(n, depth, linked, false)
}

func cardHeading(n *html.Node, depth int, linked, inLink bool) bool {
	if depth == 0 {
		return false
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode {
			continue
		}
		switch ch.Data {
		case "h2", "h3", "h4", "h5", "h6":
			if !linked || inLink || hasDescendant(ch, "a", 0) {
				return true
			}
			continue
		}
		if cardHeading(ch, depth-1, linked, inLink || ch.Data == "a") {
			return true
		}
	}
	return false
}
