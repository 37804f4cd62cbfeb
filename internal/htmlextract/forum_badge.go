package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
)

// maxPostBadge bounds the visible bytes of a poster's badge: a role
// ("Moderator", "Author") or a title the member chose ("Keeper of the
// Lighthouse Logs"); a longer text under such a class is a box of the
// page's own, not one label.
const maxPostBadge = 48

// badgeWords are the class and id words (split as hasAttrWord splits them)
// that forum software gives the label under a poster's name: vBulletin's
// and FluxBB's "usertitle", XenForo's "userTitle" and "userBanner", a
// "rank" (phpBB's "profile-rank"), and any word ending in "badge" or
// "badges" (Invision's "ipsBadge", "authorBadge"), which postBadge tests
// apart.
var badgeWords = map[string]bool{"usertitle": true, "userbanner": true, "userrank": true,
	"membertitle": true, "memberrank": true, "rank": true, "ranks": true}

// postBadge is rule "post-badge": on a thread's page (x.thread), a short
// element named for a poster's title, rank or badge is the standing of
// the member who wrote the post ("Member", "Moderator", "Author" by the
// topic starter's posts, a custom title), which a reader of the thread
// does not read as the post's text: kept, most posts opened with a
// paragraph "Member" under the name. A page's structured data names the
// same label (itemprop="jobTitle"), which on a thread is the poster's
// too; an article's byline title is not touched (threads only).
func postBadge(n *html.Node) bool {
	if attr(n, "itemprop") == "jobTitle" {
		return true
	}
	for i := range n.Attr {
		a := &n.Attr[i]
		if (a.Key == "class" || a.Key == "id") && badgeValue(a.Val) {
			return true
		}
	}
	return false
}

// badgeValue tells whether a class or id value holds one of badgeWords or
// a word ending in "badge" or "badges", lower-cased and split at every
// non-letter ("ipsComment_authorBadge" → ipscomment, authorbadge).
func badgeValue(v string) bool {
	if attrWordIn(v, badgeWords) {
		return true
	}
	if !strings.Contains(v, "adge") && !strings.Contains(v, "ADGE") {
		return false // the split below allocates: most classes have no badge
	}
	for _, w := range strings.FieldsFunc(v, func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < 'A' || r > 'Z')
	}) {
		w = strings.ToLower(w)
		if strings.HasSuffix(w, "badge") || strings.HasSuffix(w, "badges") {
			return true
		}
	}
	return false
}
