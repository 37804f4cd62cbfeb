package claims

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shopLabels are the labels of rule shopLabel, lower case.
var shopLabels = []string{
	"regular price", "unit price", "special price", "previous price",
	"add to cart", "add to bag", "add to basket",
	"use code", "off with code", "promo code", "coupon code", "discount code", "off your first order",
	"billed annually", "billed monthly", "billed yearly",
}

// freeShopWords follow "free" in a shop's label of rule shopLabel.
var freeShopWords = setOf(`shipping delivery returns`)

// shopKeys are words every label of rule shopLabel holds: a text with
// none of them, or "%", is read without a lower-case copy of it (a copy a
// claim showed in TestAnalyzeAllocPerByte).
var shopKeys = []string{"price", "cart", "bag", "basket", "code", "order", "billed", "free", "msrp"}

// shopLabel is rule shopLabel: a claim whose text holds a shop's
// label ("Regular price", "Add to cart", "Free shipping", "use code",
// "billed annually", a price right after "MSRP", or a bare "20% off") is
// the furniture of a shop's page or a product card that a text extractor
// kept, no statement a fact-checker would check: the price of one pair
// of boots, the threshold of free delivery, a coupon's discount. A
// story's "list price" of an order or a share's fall "20% off its high"
// has no such label.
//
// It reports whether s holds a shop's label.
func shopLabel(s string) bool {
	if !strings.Contains(s, "%") && !slices.ContainsFunc(shopKeys, func(k string) bool { return containsFold(s, k) }) {
		return false
	}
	low := strings.ToLower(s)
	for _, l := range shopLabels {
		if hasPhrase(low, l) {
			return true
		}
	}
	// "with code" and a coupon's code, or nothing after it; "interact
	// with code" is a programmer's.
	for _, rest := range around(low, "with code") {
		f := strings.Fields(rest)
		if len(f) == 0 || strings.ContainsAny(f[0], "0123456789") {
			return true
		}
	}
	// "Free shipping", "free standard shipping", "Free US delivery",
	// "free returns": "free" and a word of shipping at most two words on.
	for before, rest := range around(low, "free ") {
		if r, _ := utf8.DecodeLastRuneInString(before); before != "" && unicode.IsLetter(r) {
			continue
		}
		f := strings.Fields(rest)
		for _, n := range f[:min(len(f), 3)] {
			if freeShopWords[strings.TrimRight(n, "*.,!")] {
				return true
			}
		}
	}
	// "Sale price" labels a product's price; a market's "median sale
	// price" or "average sale price" is a statistic.
	if hasPhrase(low, "sale price") && !hasPhrase(low, "median sale price") && !hasPhrase(low, "average sale price") {
		return true
	}
	// A price right after "MSRP" ("MSRP $212.00"); "double the MSRP" is
	// a comparison.
	for _, rest := range around(low, "msrp") {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, ": ")); strings.ContainsRune(gridCurrencies, r) {
			return true
		}
	}
	// A price glued to its discount ("$79.9919% OFF" is $79.99 and 19%
	// off): a product card's, read as one figure of the wrong value.
	f := strings.Fields(low)
	for _, w := range f {
		if strings.ContainsAny(w, gridCurrencies) && strings.HasSuffix(w, "%") {
			return true
		}
	}
	// A bare discount: the whole text a percentage and "off".
	if len(f) >= 2 && f[len(f)-1] == "off" && figureKind(f[len(f)-2]) == figureUnit && strings.HasSuffix(f[len(f)-2], "%") {
		return len(f) == 2 || len(f) == 4 && f[0] == "up" && f[1] == "to"
	}
	return false
}

// around yields, for each p in s from the left, the text between the p
// before it (or the start) and it, and the text after it.
func around(s, p string) iter.Seq2[string, string] {
	return func(yield func(before, after string) bool) {
		for {
			i := strings.Index(s, p)
			if i < 0 || !yield(s[:i], s[i+len(p):]) {
				return
			}
			s = s[i+len(p):]
		}
	}
}

// hasPhrase reports whether the lower-case phrase p stands in s between
// word boundaries.
func hasPhrase(s, p string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], p)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(p)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if (i == 0 || !unicode.IsLetter(before)) && (j == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		off = i + 1
	}
}

// containsFold reports whether s holds the lower-case ASCII word part k
// in any case, without a lower-case copy of s.
func containsFold(s, k string) bool {
	for i := 0; i+len(k) <= len(s); i++ {
		if s[i]|0x20 == k[0] && strings.EqualFold(s[i:i+len(k)], k) {
			return true
		}
	}
	return false
}
