package htmlmeta

import "strings"

// productPage reports whether the page declares itself one product's page:
// its main JSON-LD object is a Product, or its og:type is "product" (or a
// shop's prefixed "shop:product"); og's "product.group" is a range of
// products, a category page, and does not count. It is narrower than
// isProductPage (the date rules' test), which takes any Product object on
// the page and any product og:type: a category page listing Product
// items has no published date either, but its title names the category,
// not a product.
func (c *collector) productPage() bool {
	if c.ld.pageType == "Product" {
		return true
	}
	t := c.meta1("og:type")
	if strings.EqualFold(t, "product") {
		return true
	}
	_, after, ok := strings.Cut(t, ":")
	return ok && strings.EqualFold(after, "product")
}

// productNameH1 is rule titleProductName: on a product's page the shop's
// metadata title dresses the product's name with the maker or a sales
// line ("Tessel Pocket Saw: Folds Flat, Cuts Green Wood", "Tessel Pocket
// Saw"), while the page's <h1> prints the name itself ("Pocket Saw").
// When every word of the first <h1> outside the chrome is in the metadata
// title t, the <h1> is that name in short, and a reader takes it for the
// product. An <h1> with words t lacks is another text (a variant, a
// promotion) and t stays.
func (c *collector) productNameH1(h1s []h1Cand, t string) string {
	if !c.productPage() {
		return ""
	}
	for _, h := range h1s {
		if h.inChrome {
			continue
		}
		if shortNameOf(h.text, t) {
			return h.text
		}
		return ""
	}
	return ""
}

// shortNameOf reports whether heading h names what title t names, in
// short: every word of h is in t, and h is not t itself (rules
// titleProductName and titleCategoryName).
func shortNameOf(h, t string) bool {
	hw := titleWords(h)
	if len(hw) == 0 || normTitle(h) == normTitle(t) {
		return false
	}
	tw := titleWords(t)
	for w := range hw {
		if !tw[w] {
			return false
		}
	}
	return true
}
