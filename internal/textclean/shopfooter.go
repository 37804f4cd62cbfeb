package textclean

import (
	"slices"
	"strings"
)

// shopFooterLabels: the links of a web shop's customer-service footer
// column, lower case ("Returns & Exchanges", "Gift Cards", "Order
// Status"). boilerplate's footer links are those of any site (privacy,
// contact); these are a shop's.
var shopFooterLabels = []string{
	"returns & exchanges", "returns and exchanges", "gift cards", "shipping & returns", "shipping and returns",
	"return policy", "refund policy", "shipping policy", "track order", "track your order", "order status",
	"store locator", "find a store",
}

// Bounds of rule shop-footer-links.
const (
	// maxShopFooterLabelLen: the longest of shopFooterLabels, so that a
	// line is compared only when it may be one
	maxShopFooterLabelLen = len("returns and exchanges")
	// shopFooterWindow: the column's next link stands within a few lines
	// (a heading or a phone number may sit between).
	shopFooterWindow = 3
)

// shopFooterLabel: the line is one of shopFooterLabels.
func shopFooterLabel(s string) bool {
	if len(s) > maxShopFooterLabelLen || len(s) < len("gift cards") {
		return false
	}
	// compared folded, not lower-cased: the walk asks of every line, and a
	// copy of each short line cost an allocation a line
	// (TestTextcleanLinearAlloc)
	return slices.ContainsFunc(shopFooterLabels, func(l string) bool { return strings.EqualFold(l, s) })
}

// shopFooterLink is rule shop-footer-links: a web shop's footer column
// kept by a text extractor, one link a line, on a listing's or a
// product's page. One such line alone may be a guide's heading ("Gift
// Cards" in a list of presents): the line goes only when another of the
// column's links stands within shopFooterWindow lines of it.
// `lede bench extract --cases ../shared/bench/extract-wcxb/cases.jsonl --text-from PEER.jsonl`
// (PEER.jsonl from bench/peers; measured by hand at 9f7dc580 against its parent) on
// readeck's WCXB texts: word F1 up on
// eleven pages of two shops (four of md5 half a, seven of half b; recall
// the same), none down, the halves' means up in the fourth decimal; the
// other text-path runs and the seed byte-identical. The HTML path never
// reads this package.
func (p *parser) shopFooterLink(i int) bool {
	if !shopFooterLabel(p.lines[i]) {
		return false
	}
	for k := max(0, i-shopFooterWindow); k < len(p.lines) && k <= i+shopFooterWindow; k++ {
		if k != i && shopFooterLabel(p.lines[k]) {
			return true
		}
	}
	return false
}
