package htmlmeta

import (
	"strings"

	"golang.org/x/net/html"
)

// reviewsRegion is rule dateNotReviews: on a product page with its
// customers' reviews, each review shows the day its customer wrote it
// ("Petra H. 14 March 2025"), and a page that dates itself nowhere else
// took the first review's day as its publication. A date shown inside a
// review or a comment that another item holds (a Product's Review, a
// list's), or inside a block whose class or id names reviews, ratings or
// testimonials, is the reviewer's, not the page's: the visible-text date
// readers skip it (the byline and date lines, the lines after the
// headline, the first lines of the page, the labelled and bare dates),
// and so do the readers of <time> elements and date attributes. A
// region that holds the page's headline is the page (a film review's own
// wrapper, classed "review"), a byline or date line classed for a review
// ("review-byline") is the page's too, and a review that no item holds
// may be the page's own item.
func (c *collector) reviewsRegion(n *html.Node, class string, cs classSets, outer itemScope) bool {
	if n.Data == "body" || n.Data == "html" || n.Data == "main" || c.headlinePath[n] {
		return false
	}
	if outer != itemNone && outer != itemOwn && reviewItem(n) {
		return true
	}
	if cs&(csByline|csDate) != 0 {
		// The element names itself a byline or a date line
		// ("review-byline", "review-date"): a critic's review dates itself
		// so; a customer's sits in a container that tells.
		return false
	}
	if !strings.Contains(class, "review") && !strings.Contains(class, "rating") && !strings.Contains(class, "testimonial") {
		return false
	}
	found := false
	for tok := range strings.FieldsSeq(class) {
		classWords(tok, func(w string) bool {
			found = reviewWords[w]
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// reviewWords are the class and id words of a reviews block (class is
// lower-cased).
var reviewWords = map[string]bool{
	"review": true, "reviews": true, "rating": true, "ratings": true,
	"testimonial": true, "testimonials": true,
}

// reviewItem reports whether n opens a review's or a comment's item.
func reviewItem(n *html.Node) bool {
	typ, scope := opensItem(n)
	if !scope {
		return false
	}
	for f := range strings.FieldsSeq(typ) {
		t := f[strings.LastIndexAny(f, "/#:")+1:]
		return strings.HasSuffix(t, "Review") || t == "Comment"
	}
	return false
}
