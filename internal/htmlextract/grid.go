package htmlextract

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
)

// Rule "price-grid" thresholds.
const (
	// minGridCards: a shop's product grid shows a row or two of products
	// at least; two or three priced items side by side are a "you may also
	// like" strip or a bundle offer.
	minGridCards = 6
	// gridCardShare: most of the grid's children are priced cards (the
	// rest are banners and "load more" buttons set into the grid).
	gridCardShare = 0.6
	// minCardText, maxCardText bound a product card's visible bytes: a
	// name and a price run to 8 at least; a card holding a paragraph of
	// prose or a whole product page (400+) is no card.
	minCardText = 8
	maxCardText = 400
	// gridRootShare: the grid is the page's content when its cards hold
	// at least this share of the root's text. On the WCXB dev pages the
	// six grids at 0.44-3.4 times the text of the root chosen beside them
	// (an FAQ, a buying guide) were gold text (one, at 0.61, only in
	// part); the five at 0.04-0.31 ("shop the look" strips beside a
	// buying guide, a blog's sidebar shop) were not.
	gridRootShare = 0.4
)

// gridBlocks is rule "price-grid": a shop's category page is its product
// grid, a run of small sibling cards each with a link, a name and a price
// ("Linen Shirt relaxed fit $48"). The cards are link-heavy
// and hold no prose, so the search settles on the prose beside them, an
// SEO text or an FAQ under the grid. When the grid lies outside the root
// and its cards hold gridRootShare of the root's text or more, each card
// becomes a paragraph after the root's text. Article pages rarely show a
// grid of six priced cards, and a "shop the story" strip beside a long
// article is far below the share (none fired on the extract/ dev pages).
// Listing pages (rule "listing-page") already emit the whole page. A
// grid inside the root is emitted with it, and its cards' linked names
// are no link lists (rules "link-list", "link-line"): a card is its
// linked name and its price.
func (x *extractor) gridBlocks(root, g *html.Node, cards []*html.Node, text int32) []model.Block {
	if contains(g, root) || float64(text) < gridRootShare*float64(x.info1(root).text) {
		return nil
	}
	var bs []model.Block
	for _, c := range cards {
		if t := x.cardText(c); t != "" {
			bs = append(bs, model.Block{Kind: model.KindParagraph, Text: t})
		}
	}
	return bs
}

// priceGrid finds the page's product grid: the element with the most card
// text whose element children are mostly small priced cards. It returns
// the grid, its cards and their visible bytes. With teasers, cards the
// search set aside as teaser cards count too (rule "teaser-grid").
func (x *extractor) priceGrid(body *html.Node, teasers bool) (*html.Node, []*html.Node, int32) {
	var best *html.Node
	var bestText int32
	sized := x.cardSized
	if teasers {
		sized = x.teaserCardSized
	}
	x.walkCards(body, sized, minGridCards, func(n *html.Node, kids, eligible int) bool {
		need := max(minGridCards, int(math.Ceil(gridCardShare*float64(kids))))
		if eligible < need {
			return false
		}
		// Reading a card's text is the cost: stop once too many
		// card-sized children lack a price (a menu, a tag cloud).
		priced, unpriced := 0, 0
		var text int32
		for c := n.FirstChild; c != nil && eligible-unpriced >= need; c = c.NextSibling {
			p := x.sizedCard(c, sized)
			if p == nil {
				continue
			}
			if cardPriced(c) {
				priced++
				text += p.text
			} else {
				unpriced++
			}
		}
		if priced >= minGridCards && float64(priced) >= gridCardShare*float64(kids) && text > bestText {
			best, bestText = n, text
		}
		return false
	})
	if best == nil {
		return nil, nil, 0
	}
	var cards []*html.Node
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		if x.sizedCard(c, sized) != nil && cardPriced(c) {
			cards = append(cards, c)
		}
	}
	return best, cards, bestText
}

// walkCards is the walk of rules "price-grid" and "offer-strip": from
// root down, it calls visit on each element it enters with the count of
// the element's scored, unskipped element children (kids) and of those
// sized as cards by sized (eligible), then enters the children that may
// hold cards (mayHoldCards with minCards) unless visit answered true. The
// children to enter are noted in the scan that counts them, as on a flat
// page (a body of 400k spans) a second scan of the siblings was a tenth
// of the extraction, every node a cache miss (pprof of BenchmarkPatho).
// Elements deeper than maxDepth are not entered.
func (x *extractor) walkCards(root *html.Node, sized func(*nodeInfo) bool, minCards int32, visit func(n *html.Node, kids, eligible int) (done bool)) {
	// inner holds, level after level, the children the walk enters.
	var inner []*html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		start := len(inner)
		kids, eligible := 0, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			p := x.ptr(c)
			if p == nil || p.skip() {
				continue
			}
			kids++
			if sized(p) {
				eligible++
			}
			if mayHoldCards(p, minCards) {
				inner = append(inner, c)
			}
		}
		if !visit(n, kids, eligible) {
			for _, c := range inner[start:] {
				walk(c, depth+1)
			}
		}
		inner = inner[:start]
	}
	walk(root, 0)
}

// mayHoldCards reports whether the walks of rules "price-grid" and
// "offer-strip" look inside a scored, unskipped element: one outside
// boilerplate with text enough for minCards cards.
func mayHoldCards(p *nodeInfo, minCards int32) bool {
	return !p.effBoiler() && p.text >= minCards*minCardText
}

// cardSized: a card is outside boilerplate and of a card's size
// (cardShaped).
func (x *extractor) cardSized(p *nodeInfo) bool {
	return !p.effBoiler() && cardShaped(p)
}

// teaserCardSized is cardSized for rule "teaser-grid": a card may also be
// one the search set aside as a teaser card (a linked name in a heading
// makes a product card teaser-shaped), boilerplate without a class kind.
func (x *extractor) teaserCardSized(p *nodeInfo) bool {
	return (!p.effBoiler() || p.boiler == bkNone) && cardShaped(p)
}

// cardShaped: a card holds a link and between minCardText and maxCardText
// visible bytes.
func cardShaped(p *nodeInfo) bool {
	return p.link > 0 && p.text >= minCardText && p.text <= maxCardText
}

// sizedCard returns the info of c when c is a scored, unskipped element
// of a card's size (see cardSized, teaserCardSized), else nil.
func (x *extractor) sizedCard(c *html.Node, sized func(*nodeInfo) bool) *nodeInfo {
	if c.Type != html.ElementNode {
		return nil
	}
	if p := x.ptr(c); p != nil && !p.skip() && sized(p) {
		return p
	}
	return nil
}

// cardPriced reports whether a card's text, read up to twice maxCardText
// bytes, holds a price.
func cardPriced(c *html.Node) bool {
	// Most cards of most pages hold no currency sign at all: the raw text
	// is looked over for one first, which spares folding the card's text
	// into a new string (this rule reads every card-sized box of a page).
	return holdsCurrencyByte(c) && hasPrice(shortText(c, 2*maxCardText))
}

// currencySigns are the signs hasPrice reads.
const currencySigns = "$€£¥₹"

// currencyLeads are the distinct first bytes of currencySigns' UTF-8
// forms ('$', 0xE2, 0xC2).
var currencyLeads = func() []byte {
	var leads []byte
	for _, r := range currencySigns {
		if b := string(r)[0]; bytes.IndexByte(leads, b) < 0 {
			leads = append(leads, b)
		}
	}
	return leads
}()

// holdsCurrencyByte reports whether a text node under n (outside junk
// tags, as shortText reads it) holds a byte that can start one of
// currencySigns. It may say yes for other signs; never no for these.
func holdsCurrencyByte(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			for _, b := range currencyLeads {
				if strings.IndexByte(c.Data, b) >= 0 {
					return true
				}
			}
		case html.ElementNode:
			if !isJunkTag(c.DataAtom) && holdsCurrencyByte(c) {
				return true
			}
		}
	}
	return false
}

// hasPrice reports whether s holds a price: a currency sign next to a
// digit ("$36", "€ 82", "19,99 €", "£4.50").
func hasPrice(s string) bool {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(currencySigns, r) {
			if after := strings.TrimLeft(s[i+w:], " \u00a0"); after != "" && isDigit(after[0]) {
				return true
			}
			if before := strings.TrimRight(s[:i], " \u00a0"); before != "" && isDigit(before[len(before)-1]) {
				return true
			}
		}
		i += w
	}
	return false
}

// cardText is a card's text with its parts apart: a card's name, label
// and price sit in adjacent elements with no space between them
// ("Mug no. 3</a><span>$13.50"). Rule "card-hidden": a card is written
// whole, so it leaves out what the page hides as the boilerplate rules
// drop it elsewhere (cardHidden).
func (x *extractor) cardText(n *html.Node) string {
	var b []byte
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b = append(b, c.Data...)
			case html.ElementNode:
				if isJunkTag(c.DataAtom) || isHidden(c) || x.cardHidden(c) {
					continue
				}
				b = append(b, ' ')
				walk(c)
				b = append(b, ' ')
			}
		}
	}
	walk(n)
	return model.CollapseSpace(string(b))
}

// cardHidden is rule "card-hidden" on the element c of a card emitted by
// rule "price-grid": the box a theme's state hides (rules "price-state",
// "card-state"), a carousel's copy (rule "carousel-clone"), a cart
// button (rule "cart-button") and what a class hides ("hidden", rule
// "mobile-only"'s names, as rule "hidden-cell" reads them). A collection
// after a long description gave each price twice ("$14.50 $14.50"), a
// bare "/" of an empty unit-price line, and a card's name and sold-out
// badge twice.
func (x *extractor) cardHidden(c *html.Node) bool {
	w := x.info1(c).word
	return w == wHidden || w == wCartButton || x.hiddenInCell(c)
}

// teaserGrid is rule "teaser-grid": a shop's category page whose product
// cards each put the product's linked name in a heading (<a><h3>Name</h3>
// <div>Maker: ...</div><div>$120</div></a>) is a grid of teaser-shaped
// cards, which the search sets aside as teasers and rule "price-grid"
// did not see, so the page gave only the prose beside the grid (a
// pricing notice, an FAQ). Such a grid counts for rule "price-grid" when
// it comes before the root: the page opens with its products. A priced
// strip after the root's text is another list ("more products",
// "recently viewed": on the WCXB pages such grids after the text were not
// gold text). lede bench extract --cases extract-wcxb/cases.jsonl, words
// F1 by md5(id)%2 half: collection 0.7395 -> 0.7510 and 0.7332 ->
// 0.7392, all pages 0.8727 -> 0.8737 and 0.8906 -> 0.8910 (8 pages
// change: 5 gain, 3 whose gold leaves a grid before the text out lose);
// article pages and extract/ byte-identical. The second walk runs only
// on pages where rule "price-grid" found no grid: 0.2-0.4% of the
// extraction time (lede bench extract --cases extract-wcxb/cases.jsonl
// --cpuprofile P; go tool pprof -top -focus 'extractor..teaserGrid' lede
// P: 0.03 of 9.09 s of samples, 0.33%, on 2026-11-28), alloc per page
// unchanged (the same command's alloc/page line).
func (x *extractor) teaserGrid(body, root *html.Node) (*html.Node, []*html.Node, int32) {
	g, cards, text := x.priceGrid(body, true)
	if g == nil || !precedes(g, root) { // (precedes is false when one holds the other)
		return nil, nil, 0
	}
	return g, cards, text
}

// listingGrid is rule "listing-grid": on a listing page (rule
// "listing-page") a grid of minGridCards or more priced teaser cards is
// the page's content, a collection's products, whatever the prices say.
// Rule "teaser-content" keeps teaser cards only when they hold prose, and
// a card of a name and a price holds none: a shop theme's collection
// (Dawn's product-grid, each card a linked name in a heading) with no
// product on sale came out as its one-line description, while one sale
// card, whose sale box reads "Regular price $19.00 Sale price $16.50"
// (a screen reader's labels, 30 bytes and more), counted as prose and
// kept the whole grid. Only on listing pages: a product page's "you may
// also like" strip after a short description stays out (rule
// "teaser-grid"). lede bench extract --cases extract-wcxb/cases.jsonl,
// words F1 by md5 half (per-page mean): collection b 0.74247 -> 0.74401
// (2 pages up, none down), every other page and extract/ byte-identical.
func (x *extractor) listingGrid(body *html.Node) bool {
	g, _, _ := x.priceGrid(body, true)
	return g != nil
}

// precedes reports whether a starts before b in document order (neither
// holding the other).
func precedes(a, b *html.Node) bool {
	pa, pb := ancestors(a), ancestors(b)
	i := 0
	for i < len(pa) && i < len(pb) && pa[i] == pb[i] {
		i++
	}
	if i == 0 || i == len(pa) || i == len(pb) {
		return false
	}
	for c := pa[i]; c != nil; c = c.NextSibling {
		if c == pb[i] {
			return true
		}
	}
	return false
}

// ancestors returns n's ancestors from the root down, n last.
func ancestors(n *html.Node) []*html.Node {
	var out []*html.Node
	for ; n != nil; n = n.Parent {
		out = append(out, n)
	}
	slices.Reverse(out)
	return out
}
