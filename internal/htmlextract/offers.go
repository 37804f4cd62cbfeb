package htmlextract

import (
	"math"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minStripCards: see rule "offer-strip". A carousel of other offers shows
// three cards at least ("More pots like this", "Shoppers also browsed":
// invented labels); two priced links side by side are more often the
// product's own variants or its price before and after a discount.
const minStripCards = 3

// maxStripCard bounds a strip card's visible bytes: a name, a price, a
// condition and a shipping line, at times with a "Sponsored" label spelt
// out letter by letter in hundreds of bytes of decoy spans (a
// marketplace's cards ran to 750 bytes on the WCXB dev pages; TestOfferStripDev
// lists the strips it drops there). A card
// with a paragraph of its own runs past it.
const maxStripCard = 1000

// maxStripKids: a strip shows a row or two of offers; a run of more
// cards is a category's product grid, the page's content even where the
// shop declares every page a product (on the WCXB dev pages the strips
// held 3 to 12 cards, the one such grid 30; see TestOfferStripDev).
const maxStripKids = 20

// declaresProduct reports whether a page's declared kind (JSON-LD @type or
// og:type) is a single product: "Product", og's "product" or a shop's
// prefixed "og:product" form; not og's "product.group" (a range of them,
// which is a collection).
func declaresProduct(t string) bool {
	if strings.EqualFold(t, "product") {
		return true
	}
	_, after, ok := strings.Cut(t, ":")
	return ok && strings.EqualFold(after, "product")
}

// firstLink returns the first link to another page under n: a card's
// link is at times an empty overlay over its picture and text, so a link
// with no text counts.
func firstLink(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			if h := attr(c, "href"); h != "" && !inPageHref(h) {
				return c
			}
		}
		if l := firstLink(c); l != nil {
			return l
		}
	}
	return nil
}

// stripCardSized: a strip's card holds between minCardText and
// maxStripCard visible bytes and lies outside boilerplate, but for the
// teaser rule: a card that titles its offer with a linked heading is a
// teaser card, and that is what a strip's card is.
func stripCardSized(p *nodeInfo) bool {
	return (!p.effBoiler() || (p.teaser() && p.boiler == bkNone)) && p.text >= minCardText && p.text <= maxStripCard
}

// markOfferStrips is rule "offer-strip": on a page that declares a single
// product, a run of small sibling cards each with a link and a price
// inside the root is a strip of other offers ("Sponsored picks near this
// one", "Other pots you might like", "More from the workshop": invented
// labels), never the product a reader came for: its cards are marked
// and dropped when emitted. The product's own box holds one price, not a
// run of linked priced cards; a strip that holds the page's <h1> is the
// product's box all the same and stays. Example: a marketplace item page whose root took in three
// carousels of fifteen sponsored cards under a 40-word item summary.
// (Collection pages rarely declare a single product: on the WCXB dev
// pages 4 of 117 did, against 69 of 119 product pages; TestOfferStripDev
// counts them.)
func (x *extractor) markOfferStrips(root *html.Node) {
	x.walkCards(root, stripCardSized, minStripCards, func(n *html.Node, kids, eligible int) bool {
		need := max(minStripCards, int(math.Ceil(gridCardShare*float64(kids))))
		if eligible < need || kids > maxStripKids || firstChild(n, atom.H1) != nil {
			return false
		}
		cards := 0
		for c := n.FirstChild; c != nil && cards < need; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if p := x.ptr(c); p != nil && !p.skip() && stripCardSized(p) &&
				cardPriced(c) && (p.link > 0 || firstLink(c) != nil) {
				cards++
			}
		}
		if cards < need {
			return false
		}
		x.ptr(n).set(fStrip, true)
		return true
	})
}
