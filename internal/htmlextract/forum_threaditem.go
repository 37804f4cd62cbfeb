package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
)

// threadItem is rule "declared-thread" on microdata: an element whose
// itemtype is a discussion's schema.org type (itemtype=
// "https://schema.org/DiscussionForumPosting") declares
// the page a thread as a JSON-LD script naming it does (threadScript).
// Forum themes that write their structured data as microdata only were
// read as articles, and each post's author line went as furniture. Not a
// QAPage's microdata: Q&A sites mark up each answer's comments and
// voting widgets so, and read as a thread those pages kept them (WCXB:
// 12 forum pages lost up to 0.19; measured by hand when the rule came in,
// c07be609, with lede bench extract --cases extract-wcxb/cases.jsonl).
func threadItem(n *html.Node) bool {
	for i := range n.Attr {
		a := &n.Attr[i]
		if a.Key != "itemtype" || a.Namespace != "" {
			continue
		}
		if strings.HasSuffix(strings.TrimSpace(a.Val), threadItemType) {
			return true
		}
	}
	return false
}

// threadItemType ends the itemtype of a discussion's post.
const threadItemType = "/DiscussionForumPosting"
