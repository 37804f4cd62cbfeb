package htmlmeta

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// maxItemDepth bounds the wrappers (<ul>, <div>) itemNames goes through
// to reach the items of a byline.
const maxItemDepth = 6

// itemNames is rule authorItemNames: a byline that sets each writer in an
// element of its own, with nothing but space between them (<ul><li><a>Jane
// Doe</a></li><li><a>Ann Lee</a></li></ul>, <a>Jane Doe</a> <a>Ann
// Lee</a>), read as one string glued the names into one ("Jane Doe Ann
// Lee"). When every item is a name of two to four capitalised words, the
// items are read apart, as a list ("Jane Doe, Ann Lee"); a credit word
// before the first item ("By") stays in front. Items of one word each
// (<span>Jane</span> <span>Doe</span>, a name's parts) and items with
// text between them (the page's own "and" or commas) are left to the
// other rules, and itemNames returns "".
func itemNames(n *html.Node) string {
	cur := n
	for range maxItemDepth {
		var items []*html.Node
		var texts, lead []string // texts: the items' texts
		for ch := cur.FirstChild; ch != nil; ch = ch.NextSibling {
			switch ch.Type {
			case html.TextNode:
				s := strings.TrimSpace(ch.Data)
				if s == "" {
					continue
				}
				if len(items) > 0 {
					return "" // text between or after the items
				}
				lead = append(lead, s)
			case html.ElementNode:
				if textSkipped(ch.Data) {
					continue
				}
				t := textOf(ch, maxCandidateText)
				if strings.TrimSpace(t) == "" {
					continue
				}
				items = append(items, ch)
				texts = append(texts, t)
			}
		}
		if len(items) == 1 && len(lead) == 0 {
			cur = items[0]
			continue
		}
		if len(items) < 2 {
			return ""
		}
		var names []string
		for _, raw := range texts {
			t := clean(raw)
			if !itemPerson(t) {
				return ""
			}
			if !slices.Contains(names, t) {
				names = append(names, t)
			}
		}
		if len(names) < 2 {
			return "" // one name written twice (once per screen size)
		}
		return strings.TrimSpace(strings.Join(lead, " ") + " " + strings.Join(names, ", "))
	}
	return ""
}

// itemPerson reports whether a byline item reads as a person's name (rule
// authorItemNames): two to four capitalised words, none a job's, a
// group's or a desk's word ("Redaktion Example.de", "Senior Reporter"),
// and no site name (a word with a dot inside: "Example.de").
func itemPerson(t string) bool {
	if !properName(t) || !personName(t) || hasDigit(t) || jobPart(t) {
		return false
	}
	for w := range strings.FieldsSeq(t) {
		if deskWords[strings.ToLower(w)] {
			return false
		}
		if i := strings.IndexByte(w, '.'); i >= 0 && i < len(w)-1 {
			return false
		}
	}
	return true
}
