package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// serviceCard is rule "service-card": on a page that does not declare
// itself an article (og:type, JSON-LD @type), a teaser-shaped card that
// opens with its linked name (a heading of cardNameMaxWords words or
// fewer, holding a link) and goes on with a short description of its own,
// unlinked (a line of minGoodLen bytes or more, all the card's unlinked
// text under cardLinkProse bytes), is one of the offers of a service's or
// a listing's page (<div><h3><a href="/payroll">Payroll</a></h3><p>We
// run your pay slips every month.</p></div>), and stays: the teaser rules
// dropped such a grid as links to other pages, and the page kept its
// intro and lost what it offers. A card that opens with something else
// than its heading (a date, a category, a kicker), one whose heading runs
// past cardNameMaxWords words (a headline), one whose unlinked text
// reaches cardLinkProse bytes (a news teaser's summary), and every card
// of an article (its related stories) still go.
func (x *extractor) serviceCard(n *html.Node, ni *nodeInfo) bool {
	if x.article || ni.text-ni.link >= cardLinkProse || unlinkedLines(n, 0, 0) == 0 {
		return false
	}
	h := cardHeading(n, 0)
	return h != nil && findAtom(h, atom.A, 0) != nil && len(strings.Fields(textOf(h))) <= cardNameMaxWords && contains(h, firstText(n, 0))
}

// firstText returns the first text node under n that is not white space,
// outside junk tags, or nil.
func firstText(n *html.Node, depth int) *html.Node {
	if depth >= maxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return c
			}
		case html.ElementNode:
			if isJunkTag(c.DataAtom) {
				continue
			}
			if t := firstText(c, depth+1); t != nil {
				return t
			}
		}
	}
	return nil
}
