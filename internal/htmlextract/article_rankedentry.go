package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
)

// maxRank bounds the ordinal of rule "ranked-entry": a listicle ranks up
// to a hundred entries ("The 100 best ..."); a longer figure opening a
// headline is a year or a count ("2026 budget ...").
const maxRank = 100

// rankLevels: rule "ranked-entry" looks for the neighbouring entry among
// the siblings of the card and of its ancestors up to this many levels
// (a theme wraps an entry's text in a box inside the entry).
const rankLevels = 3

// rankedEntry is rule "ranked-entry": a card whose first heading opens
// with an ordinal and a full stop or parenthesis ("4. Harbour Kettle
// Pro", "12) Pier Street Bakery"), next to a card ranked one above or
// below it (an element of the same tag and class, its heading of the
// same level), is an entry of the article's ranked list, linked to the thing
// it ranks, not a teaser for another story (rule "teaser-card"): boxes of
// other stories do not number their headlines in the text. The
// neighbour's rank tells a ranking from a lone heading that opens with a
// figure, a German date ("24. Oktober") among them.
func rankedEntry(n *html.Node) bool {
	h := firstHeading(n, 0)
	if h == nil {
		return false
	}
	v := rankOf(textOf(h))
	if v == 0 {
		return false
	}
	for a, l := n, 0; a != nil && l < rankLevels; a, l = a.Parent, l+1 {
		for _, s := range []*html.Node{prevElement(a), nextElement(a)} {
			if s == nil || s.DataAtom != a.DataAtom || attr(s, "class") != attr(a, "class") {
				continue
			}
			if sh := firstHeading(s, 0); sh != nil && sh.DataAtom == h.DataAtom {
				if w := rankOf(textOf(sh)); w == v-1 || w == v+1 {
					return true
				}
			}
		}
	}
	return false
}

// prevElement returns the element before n among its siblings, past
// white space only, or nil (nextElement's mirror).
func prevElement(n *html.Node) *html.Node {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.ElementNode:
			return c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		}
	}
	return nil
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

// rankOf returns the ordinal from 1 to maxRank that opens t, followed by
// "." or ")" and a space, or 0.
func rankOf(t string) int {
	i, v := 0, 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		v = v*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || v > maxRank || i+1 >= len(t) || t[i] != '.' && t[i] != ')' || t[i+1] != ' ' {
		return 0
	}
	return v
}
