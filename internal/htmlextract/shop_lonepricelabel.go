package htmlextract

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// priceWords are the word "price" in the languages of the shops Lede
// reads most.
var priceWords = []string{"price", "preis", "prix", "precio", "prezzo", "prijs"}

// lonePriceLabel is rule "lone-price-label": a paragraph or list item
// that is the word "price" alone, perhaps with a colon, is a label: the
// caption over a card's figure ("Price" / "$40"), or the name of a
// listing's price filter among its other facets (colour, size, format).
// Either way the figure or the products carry the text, not the label.
// A heading stays: an article's review or guide heads a section "Price"
// over its own paragraphs. On the WCXB dev pages the rule drops the
// label on 11 pages of 8 sites; the golds keep it on one of them
// (counted at commit 4ff332c2).
func lonePriceLabel(s string) bool {
	return loneWord(s, priceWords)
}

// loneWord reports whether s is one of words alone, in any case, perhaps
// with a closing colon.
func loneWord(s string, words []string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	for _, w := range words {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// dropLonePriceLabels removes the body's paragraphs and list items that
// rule "lone-price-label" reads as a label.
func (x *extractor) dropLonePriceLabels() {
	for i := len(x.a.Body) - 1; i >= 0; i-- {
		if b := x.a.Body[i]; (b.Kind == model.KindParagraph || b.Kind == model.KindListItem) && lonePriceLabel(b.Text) {
			x.dropBlock(i, model.RemovedOther, "lone-price-label")
		}
	}
}
