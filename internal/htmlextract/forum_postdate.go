package htmlextract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/model"
)

// maxPostDateRest bounds the visible bytes of a post's date line outside
// its <time>: the post's ordinal and permalink ("#12"), a separator; a
// line with more is a box of its own ("Last edited by a moderator: ...").
const maxPostDateRest = 12

// postDate is rule "post-date": on a thread's page (x.thread), the line
// above a post that links its date and its ordinal to the post's own
// address (<a href="/posts/12/"><time>May 3, 2025</time></a> <a
// href="/posts/12/">#12</a>) reads to rule "link-list" as navigation and
// went with it, and a reader lost when each post was written. The date
// alone is kept in the line's place: the text of the line's one <time>
// as a reader sees it (the short form a stylesheet hides left out, see
// rule "short-variant"). (Not the <time> rule "post-meta" takes for a
// post's microdata, itemprop="datePublished": kept, it lost 3 WCXB forum
// pages of half a whose golds leave the dates out, for 2 gained.) It
// returns the date, or "". (lede bench extract
// on WCXB: forum words F1 up on both md5 halves, 10 pages up, 6 down whose
// golds leave the dates out; extract/: one thread gains its posts' dates.)
func (x *extractor) postDate(n *html.Node, rule string) string {
	if !x.thread || rule != "link-list" {
		return ""
	}
	ni := x.ptr(n)
	if ni == nil || ni.text > maxPosterName+maxPostDateRest {
		return ""
	}
	var tm *html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Time {
			if tm != nil {
				return "" // two dates: a list, not one post's line
			}
			tm = d
		}
	}
	if tm == nil {
		return ""
	}
	ti := x.ptr(tm)
	if ti == nil || ti.text == 0 || ni.text-ti.text > maxPostDateRest {
		return ""
	}
	b := appendRawText(nil, tm, func(c *html.Node) bool {
		p := x.ptr(c)
		return p != nil && p.srOnly()
	})
	return model.CollapseSpace(strings.TrimSpace(string(b)))
}

// emitPostLine writes t, a post's date or its poster's name, as a
// paragraph of its own, unless the text's last block already says it:
// themes repeat a post's card for small screens, some with the member's
// group after the name ("Ada Quell" then "Ada Quell Members").
func (x *extractor) emitPostLine(t string) {
	if body := x.a.Body; len(body) > 0 {
		last := body[len(body)-1].Text
		if last == t || strings.HasPrefix(t, last+" ") || strings.HasPrefix(last, t+" ") {
			return
		}
	}
	x.buf = append(x.buf[:0], t...)
	x.flush(ctx{kind: model.KindParagraph})
}

// nothingPending reports whether no text waits in the line being read:
// a post's line written in the place of an inline element goes as a
// paragraph of its own only then, not cutting a sentence in two.
func (x *extractor) nothingPending() bool {
	return len(bytes.TrimSpace(x.buf)) == 0
}
