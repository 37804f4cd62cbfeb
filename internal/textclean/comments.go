package textclean

import (
	"slices"

	"github.com/lede-news/lede/internal/boilerplate"
)

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
//
// The rule reads the whole text for each header it is asked about, so it
// does not scan it each time (a listing with thousands of labels made that
// quadratic): the headers of the text are counted once, on the first
// question, and the count is kept up to date as the walk splits lines
// (spliceLine); a header has another one beyond minItemGap when the count
// exceeds the headers within minItemGap of it. Each question then costs
// 2*minItemGap+1 classifications.
func (p *parser) itemCommentsLabel(i int) bool {
	if !p.headersCounted {
		for _, l := range p.lines {
			if p.isCommentsHeader(l) {
				p.headers++
			}
		}
		p.headersCounted = true
	}
	near := 0
	for j := max(0, i-minItemGap); j <= min(len(p.lines)-1, i+minItemGap); j++ {
		if p.isCommentsHeader(p.lines[j]) {
			near++ // a footer's adjacent pair of headers, or the header itself
		}
	}
	return p.headers > near
}

// minItemGap: two comments headers that label items have an item between
// them (a teaser, an answer: a few lines); a Substack footer puts its two
// headers on adjacent lines, its discussion header over "Comments".
const minItemGap = 2

// isCommentsHeader: the line is a comments header ("Comments", "3
// Comments") by boilerplate's rule comments-header. It counts its calls in
// p.headerChecks, which tests bound.
func (p *parser) isCommentsHeader(l string) bool {
	p.headerChecks++
	_, rule, ok := boilerplate.Classify(l)
	return ok && rule == "comments-header"
}

// spliceLine replaces p.lines[i] by parts (one part or more), keeping the
// count of comments headers (see itemCommentsLabel) right once it is taken.
// Every change the walk makes to p.lines goes through it.
func (p *parser) spliceLine(i int, parts ...string) {
	if p.headersCounted {
		if p.isCommentsHeader(p.lines[i]) {
			p.headers--
		}
		for _, l := range parts {
			if p.isCommentsHeader(l) {
				p.headers++
			}
		}
	}
	// in place: the lines after i move along in the same array (a copy of
	// the whole slice at each split was 100 bytes allocated per byte of a
	// text split at every line, up to maxSplices)
	p.lines = slices.Replace(p.lines, i, i+1, parts...)
}
