package htmlextract

import (
	"golang.org/x/net/html"
)

// maxRank bounds the ordinal of rule "ranked-entry": a listicle ranks up
// to a hundred entries ("The 100 best ..."); a longer figure opening a
// headline is a year or a count ("2026 budget ...").
const maxRank = 100

// rankedEntry is rule "ranked-entry": a card whose first heading opens
// with an ordinal and a full stop or parenthesis ("4. Harbour Kettle
// Pro", "12) Pier Street Bakery") is an entry of the article's ranked
// list, linked to the thing it ranks, not a teaser for another story
// (rule "teaser-card"): boxes of other stories do not number their
// headlines in the text, and a most-read box that does sets the figure
// apart from the headline.
func rankedEntry(n *html.Node) bool {
	h := firstHeading(n, 0)
	return h != nil && rankPrefix(textOf(h))
}

// firstHeading returns the first heading element under n, or nil.
func firstHeading(n *html.Node, depth int) *html.Node {
	if depth > maxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if headingLevel(c.DataAtom) > 0 {
			return c
		}
		if h := firstHeading(c, depth+1); h != nil {
			return h
		}
	}
	return nil
}

// rankPrefix reports whether t opens with an ordinal from 1 to maxRank,
// then "." or ")" and a space.
func rankPrefix(t string) bool {
	i, v := 0, 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		v = v*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || v == 0 || v > maxRank || i+1 >= len(t) {
		return false
	}
	return (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}
