package htmlextract

import (
	"strings"
	"unicode"

	"github.com/lede-news/lede/internal/model"
)

// maxShippingPromo bounds a shipping promise's bytes: a banner's line
// with its threshold and a second promise ("Free shipping on orders over
// $75 | Easy 30-day returns"). A longer block is a paragraph of the
// shop's terms, which a page may state as its text.
const maxShippingPromo = 90

// maxPromoGap bounds the words between "free" and what is free ("Free
// 2-day shipping", "free standard UK delivery").
const maxPromoGap = 3

// promoFree and promoGoods are the words of a shipping promise in the
// languages of the shops Lede reads most: the word for free, and the
// services a shop offers free (shipping, delivery, returns).
var (
	promoFree = map[string]bool{
		"free": true, "gratis": true, "kostenlos": true, "kostenloser": true, "kostenlose": true,
		"gratuit": true, "gratuite": true, "offerte": true, "offert": true, "gratuito": true, "gratuita": true,
	}
	promoGoods = map[string]bool{
		"shipping": true, "delivery": true, "returns": true, "return": true,
		"versand": true, "lieferung": true, "livraison": true, "retours": true,
		"envío": true, "envio": true, "devoluciones": true, "spedizione": true, "consegna": true,
	}
)

// shippingPromo is rule "shipping-promo": a short block that promises
// free shipping, delivery or returns above an order's value ("Free
// shipping on orders over $50", "€9 flat rate | free delivery from
// €120", "Livraison offerte dès 80 €") is the shop's terms, said in the
// banner over every page of the site and again in the buy box, not text
// of the page. The amount is what marks the banner: a bare "Free
// delivery" under a product's price is at times the product's own term,
// which the golds keep (on the WCXB dev pages they kept the line on 1 of
// the 21 pages where it named an amount, on 5 of the 15 product pages
// where it named none; counted by hand in the golds of
// extract-wcxb/cases.jsonl at commit 7e40d30c).
// "Free" lies within maxPromoGap words of the service, on either side
// ("Versand kostenlos ab 40 €").
func shippingPromo(s string) bool {
	if len(s) > maxShippingPromo || !hasPrice(s) {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range ws {
		if !promoFree[w] {
			continue
		}
		for j := max(0, i-maxPromoGap-1); j <= min(len(ws)-1, i+maxPromoGap+1); j++ {
			if promoGoods[ws[j]] {
				return true
			}
		}
	}
	return false
}

// dropShippingPromos removes the body's paragraphs and list items that
// rule "shipping-promo" reads as a shop's shipping terms. It runs on
// every page: a story or a recipe on a site that also sells carries the
// same banner.
func (x *extractor) dropShippingPromos() {
	for i := len(x.a.Body) - 1; i >= 0; i-- {
		if k := x.a.Body[i].Kind; (k == model.KindParagraph || k == model.KindListItem) && shippingPromo(x.a.Body[i].Text) {
			x.dropBlock(i, model.RemovedOther, "shipping-promo")
		}
	}
}
