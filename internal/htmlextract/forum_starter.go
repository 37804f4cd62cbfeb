package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// starterLabels are the marks forum software sets by the posts of the
// member who opened the thread.
var starterLabels = []string{"op", "topic author", "topic starter", "thread starter", "discussion starter",
	"original poster"}

// maxStarterLabel bounds the visible bytes of a starter label ("Discussion
// starter" is 18).
const maxStarterLabel = 20

// starterLabel is rule "starter-label": an element whose whole text is one
// of starterLabels, on a line of its own, is the mark a forum sets by
// the thread starter's posts (a ribbon "OP" over the avatar, phpBB's
// "Topic Author" above the name), no part of the post: kept, it stood as
// a paragraph of its own over every post of that member. Only boxes and
// inline wrappers count: a code span "OP" in a manual is a name of the
// text, and a heading is a title.
func starterLabel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.Strong, atom.B, atom.Em, atom.Small, atom.Dd, atom.Dt, atom.Li:
	default:
		return false
	}
	if p := n.Parent; p != nil && (p.DataAtom == atom.Code || p.DataAtom == atom.Kbd || p.DataAtom == atom.Var || p.DataAtom == atom.Pre) {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	for _, l := range starterLabels {
		if strings.EqualFold(t, l) {
			return true
		}
	}
	return false
}
