package htmlextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cardDescMin is rule "card-description": the shortest description, in
// visible bytes, that makes a block inside a whole-card link count as
// prose. A service's or a listing's card states what it offers in one
// sentence of 90-200 bytes ("Audits for small charities, done by two
// partners in a week."); rule "card-link" asks a paragraph of
// cardLinkProse, which such cards fall short of, and their grid went as a
// link list. Shorter lines are taglines that the WCXB dev pages' gold
// leaves out as often as it keeps them (at 60 bytes listings lost on both
// md5 halves; at 120 they did not: measured by hand at 947c9cdb with
// lede bench extract on extract-wcxb/, words F1 per md5 half).
const cardDescMin = 120

// cardNameMaxWords: the heading of a card whose description counts
// (rule "card-description") is a name, of this many words or fewer
// ("Payroll", "Tax Advice for Farms"). A longer heading is the headline
// of a story or a guide that the card teases, whose summary is that
// page's text, not this one's (on the WCXB dev pages, 8 words let such
// teasers in and service pages lost on one half; 4 lost a listing's
// gain: measured by hand at 947c9cdb, as cardDescMin).
const cardNameMaxWords = 6

// cardDescription is rule "card-description": on a page that does not
// declare itself an article (og:type, JSON-LD @type), a paragraph or a
// division of cardDescMin bytes or more that ends as a sentence does,
// inside a link that also wraps a short heading (a name, see
// cardNameMaxWords), is a card's description, and counts as prose, not
// as link text (<a href="/audit"><h3>Audit</h3><div>One sentence on the
// service.</div><span>More</span></a>), so that the grid of such cards
// on a service's page is no link list. Articles are left out: their
// related-stories cards carry summaries of the same shape, which are not
// the article's text. A line that does not end as a sentence (a headline,
// a date and a headline) or that ends in an ellipsis (an excerpt cut from
// the linked page) is a teaser of another page.
func (x *extractor) cardDescription(n *html.Node, own int32) bool {
	if x.article || own < cardDescMin || (n.DataAtom != atom.P && n.DataAtom != atom.Div) {
		return false
	}
	if !endsSentence(textOf(n)) {
		return false
	}
	a := n.Parent
	for i := 0; a != nil && a.DataAtom != atom.A && i < maxCardDepth; i++ {
		a = a.Parent
	}
	if a == nil || a.DataAtom != atom.A {
		return false
	}
	h := cardHeading(a, 0)
	return h != nil && len(strings.Fields(textOf(h))) <= cardNameMaxWords
}

// cardHeading returns the first heading (or title-classed element) under
// n, as hasHeading finds it.
func cardHeading(n *html.Node, depth int) *html.Node {
	if depth > maxCardDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if headingLevel(c.DataAtom) > 0 || titleClass(attr(c, "class")) {
			return c
		}
		if h := cardHeading(c, depth+1); h != nil {
			return h
		}
	}
	return nil
}

// endsSentence reports whether s ends with a full stop, a question or an
// exclamation mark (closing quotes and brackets allowed after it), and
// not with an ellipsis.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'»”’)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '!', '?':
		return true
	case '.':
		return !strings.HasSuffix(s, "..")
	}
	return false
}
