package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// slideLinesMin is rule "unpriced-slides": the fewest lines of unlinked
// text, of minGoodLen bytes or more each, that make a slider a section of
// the page. A feature or a case study slide says what it is in a sentence
// under its name; a slider of bare names, tab labels ("Specs", "Reviews")
// or buttons ("View all") is navigation. (On the WCXB dev pages such
// sliders of labels and buttons were left out of the gold on a shop's
// collection and a product page; measured by hand with lede bench extract
// on extract-wcxb/, words F1 per md5 half.)
const slideLinesMin = 2

// unpricedSlides is rule "unpriced-slides": on a page that declares
// neither an article nor a product (og:type, JSON-LD @type, a schema.org
// Product script), a region classed as a carousel that shows no price
// and holds slideLinesMin lines of unlinked text or more is one of the
// page's sections laid out as a slider, not boilerplate: a service's or a
// platform's page puts its features, its partners and its case studies in
// sliders (a name and a sentence a slide), and they went with the class
// word while the section's heading above them stayed. Rule "prose-slides"
// kept such a slider only when two of its slides held a paragraph of
// prose; feature cards are shorter. A priced slider is a shop's strip of
// products ("best sellers", "you may also like") even on a page that
// does not declare itself a shop, and still goes; so do an article's
// photo and other-stories carousels.
func (x *extractor) unpricedSlides(n *html.Node) bool {
	if x.article || x.shop {
		return false
	}
	// A slider's slides are often carousel-classed too ("carousel__slide"):
	// the slider as a whole decides, or a slide of a name alone went while
	// the slide beside it, with a sentence under its name, stayed.
	top := n
	for a := n.Parent; a != nil; a = a.Parent {
		if _, w := x.boilerOf(a); w == wClassCarousel {
			top = a
		}
	}
	// Slides side by side in an unclassed track ("swiper-wrapper") are
	// one slider as well: their parent decides.
	if top.Parent != nil && x.carouselSibling(top) {
		top = top.Parent
	}
	if v, ok := x.slidesMemo[top]; ok {
		return v
	}
	v := !(holdsCurrencyByte(top) && hasPrice(textOf(top))) && unlinkedLines(top, 0, 0) >= slideLinesMin
	if x.slidesMemo == nil {
		x.slidesMemo = make(map[*html.Node]bool)
	}
	x.slidesMemo[top] = v
	return v
}

// unlinkedLines counts, up to slideLinesMin, the text nodes under n
// outside links and junk tags that hold minGoodLen bytes or more of
// text, adding them to seen.
func unlinkedLines(n *html.Node, seen, depth int) int {
	if depth >= maxDepth {
		return seen
	}
	for c := n.FirstChild; c != nil && seen < slideLinesMin; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if len(strings.TrimSpace(c.Data)) >= minGoodLen {
				seen++
			}
		case html.ElementNode:
			if c.DataAtom != atom.A && !isJunkTag(c.DataAtom) {
				seen = unlinkedLines(c, seen, depth+1)
			}
		}
	}
	return seen
}

// carouselSibling reports whether n has an element sibling classed as a
// carousel too: another slide of the same track.
func (x *extractor) carouselSibling(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n || c.Type != html.ElementNode {
			continue
		}
		if _, w := x.boilerOf(c); w == wClassCarousel {
			return true
		}
	}
	return false
}
