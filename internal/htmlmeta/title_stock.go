package htmlmeta

import "regexp"

// stockStatus is a closing bracketed state of a shop's offer: sold out,
// discontinued, out of stock, back-ordered, in English, German, French,
// Spanish and Italian ("(Discontinued)", "[Sold out]",
// "(Ausverkauft)", "(Épuisé)", "(Agotado)", "(Esaurito)").
var stockStatus = regexp.MustCompile(`(?i)\s*[(\[](?:discontinued(?: item| product)?|no longer available|sold out|out of stock|back ?order(?:ed)?|ausverkauft|nicht (?:mehr )?lieferbar|épuisé|rupture de stock|agotado|esaurito)[)\]]$`)

// cutStockStatus is rule titleStockStatus: a shop marks a product it no
// longer sells after the product's name ("Harbour Lantern, Brass (Sold
// out)"); the mark is the offer's state that day, not part of the name.
func cutStockStatus(t string) string {
	if loc := stockStatus.FindStringIndex(t); loc != nil && loc[0] > 0 {
		return t[:loc[0]]
	}
	return t
}
