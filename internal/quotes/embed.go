package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/model"
)

// embedCredit is the credit line a flattened social post ends with: "...
// pic.twitter.com/x — Name (@handle) December 22, 2018". The post's text
// before it is what Name said.
var embedCredit = regexp.MustCompile(`[—–]+ ?([\p{Lu}][^\n(@—–]{0,40}?) \(@\w+\) \p{L}+ \d{1,2}, \d{4}\s*$`)

// embedLink is the link a post's text ends with before its credit.
var embedLink = regexp.MustCompile(`\s*(?:#\w+)?(?:pic\.twitter\.com/\w+|https?://\S+)\s*$`)

// embedPost handles a paragraph holding a flattened social post: the post's
// text becomes a block quote of its author. It reports whether the
// paragraph was one.
func (x *extractor) embedPost(si int) bool {
	s := &x.sents[si]
	pend := s.end
	last := si
	for k := si + 1; k < len(x.sents) && x.sents[k].para == s.para; k++ {
		pend, last = x.sents[k].end, k
	}
	para := x.text[s.start:pend]
	// Every credit holds "(@": the check spares most paragraphs the
	// regexp, which has no literal prefix to skip ahead with.
	if !strings.Contains(para, "(@") {
		return false
	}
	m := embedCredit.FindStringSubmatchIndex(para)
	if m == nil {
		return false
	}
	body := strings.TrimRight(para[:m[0]], " ")
	if loc := embedLink.FindStringIndex(body); loc != nil {
		body = body[:loc[0]]
	}
	body = strings.TrimRight(body, " ")
	if wordCount(body) < minDirectWords {
		return false
	}
	x.addCredited(s.start, s.start+len(body), s.start+m[2], s.start+m[3], last)
	return true
}

// addCredited adds the block quote text[start:end] whose speaker is named at
// text[ns:ne] (a credit line or a post's author), attached to sentence last.
func (x *extractor) addCredited(start, end, ns, ne, last int) {
	q := model.Quote{Form: model.QuoteBlock, Start: start, End: end}
	for q.Start < q.End && isSpaceByte(x.text[q.Start]) {
		q.Start++
	}
	q.Text = x.text[q.Start:q.End]
	// TokenIndex gives the first token starting at or after a position.
	t0, t1 := x.d.TokenIndex(ns), x.d.TokenIndex(ne)
	if t1 < 0 {
		t1 = len(x.toks)
	}
	if t0 >= 0 && t1 > t0 && x.toks[t1-1].End <= ne {
		x.setSpeaker(&q, speakerPhrase{t0: t0, t1: t1, ok: true})
	}
	x.add(last, q)
}

// pullQuoteCredit is a pull quote's credit: a paragraph of the speaker's
// words ending in a stop, then their bare name and perhaps a role ("...
// no spare boat left. Ivo Brandt, Tidewater ferry pilot"). Pages
// set these apart from the prose; flattened, they read as this.
var pullQuoteCredit = regexp.MustCompile(`^(.{20,}?[.!?]["”’']?) ((?:\p{Lu}[\p{L}’'\-]+ ){1,2}\p{Lu}[\p{L}’'\-]+)(?:, [^.\n]{3,60})?\s*$`)

// creditTail is rule credit-tail, pullQuoteCredit's end read without the
// regexp: a paragraph (white space trimmed from its end) can match only
// if it ends in the name's last word (a letter, an apostrophe or a
// hyphen) or in its role, ", " and then no full stop or line break to
// the end. Paragraphs ending in a closing quotation mark, a question or a
// bracket are most of those pullQuote reads that do not end in a full
// stop, and the regexp read each whole: 4.2% of the analysis's CPU on the
// 966 texts of the quotes sets (Analyze of each, a benchmark outside the
// repo, -cpuprofile). TestCreditTail and FuzzCreditTail pin it to the
// regexp.
func creditTail(trimmed string) bool {
	r, _ := utf8.DecodeLastRuneInString(trimmed)
	if unicode.IsLetter(r) || r == '’' || r == '\'' || r == '-' {
		return true
	}
	return strings.Contains(trimmed[strings.LastIndexAny(trimmed, ".\n")+1:], ", ")
}

// pullQuote handles a paragraph holding a credited pull quote: its words
// become a block quote of the person named. It reports whether the
// paragraph was one.
func (x *extractor) pullQuote(si int) bool {
	s := &x.sents[si]
	pend, last := s.end, si
	for k := si + 1; k < len(x.sents) && x.sents[k].para == s.para; k++ {
		pend, last = x.sents[k].end, k
	}
	para := x.text[s.start:pend]
	// A credit ends in a name or a role, never a full stop (\s is
	// [\t\n\f\r ]): the check spares most paragraphs the regexp.
	trimmed := strings.TrimRight(para, "\t\n\f\r ")
	if strings.HasSuffix(trimmed, ".") || !creditTail(trimmed) {
		return false
	}
	m := pullQuoteCredit.FindStringSubmatchIndex(para)
	if m == nil || wordCount(para[m[2]:m[3]]) < minDirectWords {
		return false
	}
	// A speech verb in the credit makes it an ordinary attribution.
	for w := range strings.FieldsSeq(para[m[4]:m[5]]) {
		if lexicon.IsSpeechVerb(strings.ToLower(w)) {
			return false
		}
	}
	if x.headingCredit(s.start+m[4], s.start+m[5]) {
		return false
	}
	x.addCredited(s.start+m[2], s.start+m[3], s.start+m[4], s.start+m[5], last)
	return true
}

// headingCredit is rule headingCredit: a pull quote's credit made of
// capitalised words the text also writes in lower case is the tail of a
// heading or a table's caption, not a name ("Tide Height vs. Water Level"
// over a table of water level figures split at "vs." into words and a
// credit). It calls the people package's rule commonWordsRun, which keeps
// a run opened by a listed first name ("Ross Price" beside prices).
func (x *extractor) headingCredit(ns, ne int) bool {
	t0, t1 := x.d.TokenIndex(ns), x.d.TokenIndex(ne)
	if t1 < 0 {
		t1 = len(x.toks)
	}
	return t0 >= 0 && t1 > t0 && x.d.IsCommonWords(t0, t1)
}
