package htmlextract

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// productBadges are the flags a shop pins on a product's card or photo,
// in the languages of the shops Lede reads most: it is new, on sale, in
// stock, selling well, or made in a short run.
var productBadges = []string{
	"new", "new!", "sale", "sale!", "on sale", "in stock", "best seller",
	"new color", "new colour", "limited edition",
	"neu", "nouveau", "nouveauté", "nuevo", "novità", "auf lager", "en stock",
}

// productBadge is rule "product-badge": a paragraph or list item that is
// one of productBadges alone, with a capital as a badge's caption has
// ("New", "Sale", "Best Seller"), is the flag over a product's card or
// photo, drawn as a ribbon or a sticker, not text of the page: kept, it
// stands as a line of its own over each card of a grid. A lower-case
// word alone is an item of an article's list (a feed's field names, a
// glossary) and a heading is a section's title; both stay. On the WCXB
// dev pages the rule, with minBadges, drops badges on 16 pages of 13
// sites, all of whose golds drop them; of the 15 pages with one badge
// alone, which the rule leaves, the golds kept it on 4 (counted at
// commit 4ff332c2).
func productBadge(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	return loneWord(s, productBadges)
}

// dropProductBadges removes the body's paragraphs and list items that
// rule "product-badge" reads as a product's flag.
func (x *extractor) dropProductBadges() {
	// A badge must flag several cards or photos: one "New" beside a
	// service's feature is that feature's news.
	x.dropCounted(productBadge, minBadges, math.MaxInt, model.RemovedOther, "product-badge")
}

// minBadges is how many badges rule "product-badge" asks of a page: a
// grid flags card after card, a product's page its photos and options.
const minBadges = 2
