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

// quantityWords are the word "quantity" and its short form in the
// languages of the shops Lede reads most.
var quantityWords = []string{"quantity", "qty", "menge", "anzahl", "quantité", "cantidad", "quantità"}

// quantityLabel is rule "quantity-label": a paragraph or list item that
// is the word "quantity" alone is the caption of a buy box's stepper,
// whose value sits in a form field and never in the text. On the WCXB
// dev pages the rule drops it on 3 product pages of 3 sites, all of
// whose golds drop it (counted at commit 4ff332c2).
func quantityLabel(s string) bool {
	return loneWord(s, quantityWords)
}

// dropLonePriceLabels removes the body's paragraphs and list items that
// rules "lone-price-label" and "quantity-label" read as labels.
func (x *extractor) dropLonePriceLabels() {
	for i := len(x.a.Body) - 1; i >= 0; i-- {
		b := x.a.Body[i]
		if b.Kind != model.KindParagraph && b.Kind != model.KindListItem {
			continue
		}
		switch {
		case lonePriceLabel(b.Text):
			x.dropBlock(i, model.RemovedOther, "lone-price-label")
		case quantityLabel(b.Text):
			x.dropBlock(i, model.RemovedOther, "quantity-label")
		}
	}
}
