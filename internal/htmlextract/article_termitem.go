package htmlextract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minTermItems: rule "term-item" reads two items or more as a list of
// names; a list of one linked heading set between two paragraphs is a
// single "read also" headline (one such on the extract/ pages, found by
// hand at commit ab0e12e4).
const minTermItems = 2

// termItem is rule "term-item": an item of a list that rule "term-list"
// keeps is no teaser card, even when its theme sets the linked name in a
// heading (<li><h3><a>Harbour Goggles</a></h3></li>, a buying guide's
// picks under each of its sections): rule "teaser-card" would take out
// one by one the items of a list the text keeps.
func (x *extractor) termItem(n *html.Node) bool {
	if n.DataAtom != atom.Li || n.Parent == nil {
		return false
	}
	p := x.ptr(n.Parent)
	return countChildren(n.Parent, atom.Li) >= minTermItems && p != nil && x.termList(n.Parent, p)
}
