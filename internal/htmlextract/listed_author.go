package htmlextract

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/htmlmeta"
)

// listedWorkAuthor is rule "listed-work-author": rule "post-meta" drops
// an itemprop="author" element as the page's byline, furniture around
// the text. Inside a work the page lists (a ranked list's Book, a
// roundup's Recipe, a product's Review) it is the work's author, a part
// of the row: dropped, each row of a list of novels read "by" with no
// name and each recipe lost its cook. Such a work is one held by another
// item (an article, a list, another work) or one of several works side by
// side, as htmlmeta's authorListedWorkScope reads them; a page's only
// work (a recipe's own page) is the page, and its author the byline.
func (x *extractor) listedWorkAuthor(n *html.Node, prop string) bool {
	if prop != "author" && prop != "creator" {
		return false
	}
	work := itemScopeOf(n.Parent)
	if work == nil || !htmlmeta.ListedWorkType(itemTypeOf(work)) || threadPostType(itemTypeOf(work)) {
		return false
	}
	if heldWork(work) {
		return true
	}
	return x.pageTopWorks(n) > 1
}

// topWorksUncounted is x.topWorks before the page's works are counted:
// the per-page reset zeroes the field, so it keeps 1 + the count.
const topWorksUncounted = 0

// pageTopWorks returns the count, up to maxTopWorksCount, of the listed
// works that no item holds on n's page, counted once per page.
func (x *extractor) pageTopWorks(n *html.Node) int {
	if x.topWorks == topWorksUncounted {
		root := n
		for root.Parent != nil {
			root = root.Parent
		}
		x.topWorks = 1 + countTopWorks(root, maxTopWorksCount)
	}
	return x.topWorks - 1
}

// threadPostType reports whether an item is a post of a thread (a
// Comment): its author's line is the furniture rule "post-meta" was made
// for (forum software marks each reply a Comment with itemprop=author),
// not a listed work's credit.
func threadPostType(itemtype string) bool {
	for f := range strings.FieldsSeq(itemtype) {
		return strings.HasSuffix(f, "Comment")
	}
	return false
}

// maxTopWorksCount bounds the count: two already tell a list.
const maxTopWorksCount = 2

// itemScopeOf returns the nearest element from n up that opens a
// microdata item (itemscope) or an RDFa one (typeof).
func itemScopeOf(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && opensItem(n) {
			return n
		}
	}
	return nil
}

func opensItem(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "itemscope" || a.Key == "typeof" {
			return true
		}
	}
	return false
}

func itemTypeOf(n *html.Node) string {
	if t := attr(n, "itemtype"); t != "" {
		return t
	}
	return attr(n, "typeof")
}

// heldWork reports whether an item sits inside an item that holds works.
func heldWork(work *html.Node) bool {
	for p := itemScopeOf(work.Parent); p != nil; p = itemScopeOf(p.Parent) {
		if htmlmeta.HoldsWorksType(itemTypeOf(p)) {
			return true
		}
	}
	return false
}

// countTopWorks counts, up to max, the listed works under n that no
// holding item holds.
func countTopWorks(n *html.Node, max int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < max; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if opensItem(c) {
				t := itemTypeOf(c)
				if htmlmeta.ListedWorkType(t) {
					count++
					continue
				}
				if htmlmeta.HoldsWorksType(t) {
					continue
				}
			}
			walk(c)
		}
	}
	walk(n)
	return count
}
