package textclean

import "github.com/lede-news/lede/internal/boilerplate"

// itemCommentsLabel is rule comments-label-not-section: a comments header
// opens the reader comments that close a story only when it is the one
// comments header of the text. When another comments header stands
// anywhere else in the text (farther than minItemGap lines from it), it is
// an item's label and the text after it is no comment section: a listing
// puts a "Comment" link under each teaser, a question-and-answer page a
// "Comments" box under each answer ("Comment" / next teaser / "Comment").
// On readeck's WCXB texts the run after such a label took whole listings
// and forum answers (3 pages, all gaining, by lede bench extract --cases
// ../shared/bench/extract-wcxb/cases.jsonl --text-from readeck.jsonl
// --halves, the peers' texts as in headline.go). Only the label line is
// removed then; the text after it stays.
func (p *parser) itemCommentsLabel(i int) bool {
	for j, l := range p.lines {
		if j >= i-minItemGap && j <= i+minItemGap {
			continue // a footer's adjacent pair of headers
		}
		if _, rule, ok := boilerplate.Classify(l); ok && rule == "comments-header" {
			return true
		}
	}
	return false
}

// minItemGap: two comments headers that label items have an item between
// them (a teaser, an answer: a few lines); a Substack footer puts its two
// headers on adjacent lines, its discussion header over "Comments".
const minItemGap = 2
