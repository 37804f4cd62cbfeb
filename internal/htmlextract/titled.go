package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titledRegionMax bounds the heading text rule "titled-region" reads: a
// region's title is a few words ("About the Author", "Über die Autorin");
// a longer heading is a section of the text. (maxRegionTitle's bound.)
const titledRegionMax = maxRegionTitle

// authorTitles open the heading of an author box, lower-cased: the box a
// theme sets under the article with the writer's photo, a bio and "View
// all posts by ...".
var authorTitles = []string{
	"about the author", "about the authors", "about the reviewer", "about the writer",
	"about the contributor", "meet the author",
	"über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin",
	"à propos de l'auteur", "à propos de l’auteur", "sobre el autor", "sobre la autora",
	"sobre o autor", "o autorze", "over de auteur", "sull'autore", "sull’autore",
}

// titledRegion is rule "titled-region": a box (<div>, <section>) whose
// first element is a heading naming an author box ("About the Author",
// "Über die Autorin") is that box, whatever its classes: utility-class
// themes (Tailwind's "my-12 border bg-gray-100 p-8") name nothing, yet the
// heading does. Only a box that opens with the heading counts: an
// "About the author" heading set in the article's flow, followed by
// paragraphs of the same wrapper, is a section the writer wrote as part
// of the text, and stays (the heading is not the wrapper's first element).
// Example: <section class="my-12 p-8"><h3>About the Author</h3><div><img>
// <p>Jo Tran is a senior analyst ...</p></div></section>.
func (x *extractor) titledRegion(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section:
	default:
		return false
	}
	var h *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if visibleLen(c.Data) > 0 {
				return false
			}
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		if ci, ok := x.get(c); !ok || ci.skip || ci.text == 0 {
			// Icons, images and empty anchors before the title.
			continue
		}
		h = c
		break
	}
	if h == nil || headingLevel(h.DataAtom) == 0 || x.info1(h).text > titledRegionMax || h.NextSibling == nil {
		return false
	}
	t := strings.ToLower(textOf(h))
	t = strings.TrimRight(t, " :")
	for _, p := range authorTitles {
		if t == p {
			return true
		}
	}
	return false
}
