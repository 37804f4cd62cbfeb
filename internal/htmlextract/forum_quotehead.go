package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// quoteHeadMax bounds the visible bytes of a quoted post's attribution
// line ("2 hours ago, Ada Quell said:", "Am 3. Mai schrieb Tomas V.:"):
// a name, a date and a verb; a longer text opening a block quote is the
// quote itself.
const quoteHeadMax = 90

// quoteHead is rule "quote-head": the short line that opens a quoted post
// inside a reply and ends in a colon (forum software writes "Name said:",
// "Name wrote:", "Am ... schrieb Name:" in its own element, first in the
// <blockquote>) says whose words the reader is about to read, and belongs
// to the post as much as the quote does. It is spared the rules that
// would take it for furniture: its class names a citation (Invision's
// quote citation box) or it is one link to the quoted post (XenForo's
// attribution, read as a link list).
func quoteHead(n *html.Node) bool {
	p := n.Parent
	if n.Type != html.ElementNode || p == nil || p.DataAtom != atom.Blockquote {
		return false
	}
	for c := p.FirstChild; c != n; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false // not the quote's first line
		}
	}
	if n.NextSibling == nil {
		return false // the line is the whole quote
	}
	t := textOf(n)
	return t != "" && len(t) <= quoteHeadMax && strings.HasSuffix(t, ":")
}
