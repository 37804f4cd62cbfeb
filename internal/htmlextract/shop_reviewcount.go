package htmlextract

import (
	"strings"
	"unicode"

	"github.com/lede-news/lede/internal/model"
)

// maxReviewCountLine bounds a count line's bytes: a count and its noun,
// in parentheses at times ("(1,204 customer reviews)").
const maxReviewCountLine = 40

// reviewNouns are the nouns a shop's rating summary counts, in the
// languages of the shops Lede reads most.
var reviewNouns = map[string]bool{
	"review": true, "reviews": true, "rating": true, "ratings": true,
	"bewertung": true, "bewertungen": true, "avis": true, "reseña": true, "reseñas": true,
	"opiniones": true, "recensione": true, "recensioni": true,
}

// reviewCountQualifiers may stand between the count and its noun.
var reviewCountQualifiers = map[string]bool{"customer": true, "verified": true}

// reviewCount is rule "review-count": a block that holds nothing but the
// count of a product's reviews or ratings ("12 Reviews", "(5 customer
// reviews)", "1,204 ratings") is the link a shop sets by a product's name
// to its reviews widget, not text of the page: kept, it stood as a line
// of its own under each card of a category's grid and under a product's
// name. The count is a whole number: "4.5 Rating" is the score itself,
// which a page may state as a claim of its own. (A theme's "Rated 3.8 of 5
// stars" line is left alone: the WCXB golds keep it on a grid's cards.)
func reviewCount(s string) bool {
	if len(s) > maxReviewCountLine {
		return false
	}
	toks := ratingTokens(strings.ToLower(s))
	switch {
	case len(toks) == 2:
	case len(toks) == 3 && reviewCountQualifiers[toks[1]]:
	default:
		return false
	}
	return wholeCount(toks[0]) && reviewNouns[toks[len(toks)-1]]
}

// wholeCount reports whether a token of ratingTokens is a whole number,
// its thousands grouped or not ("12", "1,204", "1.204"), not a score
// ("4.5").
func wholeCount(t string) bool {
	if t == "" || !unicode.IsDigit(rune(t[0])) {
		return false
	}
	groups := strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == ',' })
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return len(groups[0]) <= 3 || len(groups) == 1
}

// ratingTokens splits s into words (runs of letters) and numbers (runs of
// digits with the separators between digits: "4.6", "1,204").
func ratingTokens(s string) []string {
	var toks []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		switch r := rs[i]; {
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			toks = append(toks, string(rs[i:j]))
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || (rs[j] == '.' || rs[j] == ',') && j+1 < len(rs) && unicode.IsDigit(rs[j+1])) {
				j++
			}
			toks = append(toks, string(rs[i:j]))
			i = j
		default:
			i++
		}
	}
	return toks
}

// dropReviewCounts removes the body's paragraphs and list items that
// rule "review-count" reads as a rating summary. The rule is made for
// shop pages: it applies where the page declares a product or shows a
// product grid (rule "price-grid"), not on a recipe or a story, whose
// lines the article rules read.
func (x *extractor) dropReviewCounts() {
	if !x.product && x.grid == nil && x.outGrid == nil {
		return
	}
	for i := len(x.a.Body) - 1; i >= 0; i-- {
		if k := x.a.Body[i].Kind; (k == model.KindParagraph || k == model.KindListItem) && reviewCount(x.a.Body[i].Text) {
			x.dropBlock(i, model.RemovedOther, "review-count")
		}
	}
}
