package htmlextract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// maxFinancingLine bounds a financing offer's bytes: the buy box's line
// with its monthly sum, its term and a link to the lender's terms. A longer block
// is a sentence of the shop's or an article's own on paying in parts,
// which a page may state as its text.
const maxFinancingLine = 100

// financingTerms name paying for a purchase in parts, in the languages
// of the shops Lede reads most. Each is matched as whole words.
var financingTerms = []string{
	"financing", "financed", "installment", "installments", "instalment", "instalments",
	"interest-free", "interest free", "monthly payments", "payments of",
	"finanzierung", "ratenzahlung", "financement", "mensualités", "financiación", "financiamiento",
}

// financingPeriods say that a sum is paid by the month ("$42/mo",
// "€19 par mois").
var financingPeriods = []string{
	"/mo", "/mo.", "/month", "per month", "a month",
	"/monat", "pro monat", "im monat", "/mois", "par mois", "/mes", "al mes",
}

// financingLine is rule "financing-line": a short block that offers to
// spread a product's price over months ("$38/mo over 18 months, financing
// by our partner bank", "Or 3 interest-free parts of $21 each",
// "Special financing until the harbour fair ends") is the shop's payment
// terms, set in the buy box of each product and under each card of a
// grid, not text of the page. It names paying in parts (financingTerms)
// and a sum, a monthly rate or "special financing"; a term alone
// ("Flexible financing on request", a service's own offer) stays. On the
// WCXB dev pages the rule, with maxBuyBoxFinancing, drops such lines on 6
// product and service pages of 5 sites; the golds drop them on 5 and keep
// them on 1 (counted at commit 4ff332c2).
func financingLine(s string) bool {
	if len(s) > maxFinancingLine || !holdsWordFold(s, financingTerms) && !holdsCasedWord(s, "APR") {
		return false
	}
	return hasPrice(s) || holdsWordFold(s, financingPeriods) || holdsWordFold(s, []string{"special financing"})
}

// holdsWordFold reports whether s holds one of the needles, in any case,
// as whole words. It lowers nothing, so the many short lines of a page
// cost no allocation, and it compares the needles only where a word may
// start (no letter or digit before), not at every byte.
func holdsWordFold(s string, needles []string) bool {
	for i := range len(s) {
		if before, _ := utf8.DecodeLastRuneInString(s[:i]); wordRune(before) {
			continue
		}
		for _, n := range needles {
			if i+len(n) <= len(s) && strings.EqualFold(s[i:i+len(n)], n) && wholeWordAt(s, i, i+len(n)) {
				return true
			}
		}
	}
	return false
}

// holdsCasedWord reports whether s holds w, in its case, as a whole word:
// the rate "APR" in capitals, not the month "Apr".
func holdsCasedWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w && wholeWordAt(s, i, i+len(w)) {
			return true
		}
	}
	return false
}

// wholeWordAt reports whether s[i:j] stands as whole words: no letter or
// digit just before or after it.
func wholeWordAt(s string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[j:])
	return !wordRune(before) && !wordRune(after)
}

// wordRune reports whether r continues a word; utf8.RuneError (the
// string's edge) does not.
func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// maxBuyBoxFinancing bounds the financing lines rule "financing-line"
// drops from one page: a product's buy box states its terms once or
// twice (a monthly sum, a second offer). More are the cards of a grid,
// each with its own monthly sum, a line of the card that the golds split
// on: on the WCXB dev pages they kept it on one category page and dropped
// it on another of the same shop.
const maxBuyBoxFinancing = 3

// dropFinancingLines removes the body's paragraphs and list items that
// rule "financing-line" reads as a shop's payment terms, when they are
// no more than maxBuyBoxFinancing. Like rule "shipping-promo" it runs on
// every page: its terms and length keep an article's sentences on loans
// out of it.
func (x *extractor) dropFinancingLines() {
	x.dropCounted(financingLine, 1, maxBuyBoxFinancing, model.RemovedOther, "financing-line")
}

// dropCounted removes, as kind by rule, the body's paragraphs and list
// items whose text is, when they are least to most: each block's text is
// read once, and the drops are made from the last.
func (x *extractor) dropCounted(is func(string) bool, least, most int, kind, rule string) {
	var at []int
	for i, b := range x.a.Body {
		if (b.Kind == model.KindParagraph || b.Kind == model.KindListItem) && is(b.Text) {
			at = append(at, i)
		}
	}
	if len(at) < least || len(at) > most {
		return
	}
	for _, i := range slices.Backward(at) {
		x.dropBlock(i, kind, rule)
	}
}
