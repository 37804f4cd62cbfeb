package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment is a stretch of text between quotation marks. open is the byte
// offset of the opening mark, inner..innerEnd the quoted words, close the
// offset just after the closing mark (== innerEnd when the quote runs to the
// end of its paragraph unclosed).
type segment struct {
	open, inner, innerEnd, close int
	// multi is set when the quote runs over several paragraphs.
	multi bool
	// unclosed is set when the paragraph ended before a closing mark.
	unclosed bool
}

// closersFor maps an opening mark to the marks that may close it.
func closersFor(r rune) []rune {
	switch r {
	case '“':
		return []rune{'”', '"'}
	case '„':
		return []rune{'“', '”'}
	case '«':
		return []rune{'»'}
	case '‹':
		return []rune{'›'}
	case '"':
		return []rune{'"', '”'}
	case '‘':
		return []rune{'’'}
	case '\'':
		return []rune{'\''}
	case '”':
		// Some texts use ” on both sides.
		return []rune{'”'}
	}
	return nil
}

func isSingle(r rune) bool { return r == '‘' || r == '\'' || r == '’' }

// findSegments scans text for quotation-mark pairs. Double-quote styles are
// matched first; single quotes count only outside double quotes, opening at a
// word start and closing before a non-letter (so apostrophes in "don't" and
// "Farrows'" are not marks).
func findSegments(text string) []segment { return findSegmentsOpt(text, false) }

// findSegmentsOpt is findSegments; spaced also takes guillemets set off
// from the quoted words by a space, as French typography writes them
// ("« Nous attendions »"), the segment's inner span trimmed of the spaces.
func findSegmentsOpt(text string, spaced bool) []segment {
	var segs []segment
	i := 0
	for i < len(text) {
		if strings.HasPrefix(text[i:], "''") && i+2 < len(text) && text[i+2] != ' ' && (i == 0 || text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '(') {
			if s, ok := matchTwoApostrophes(text, i); ok {
				segs = append(segs, s)
				i = max(s.close, i+2)
				continue
			}
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		cl := closersFor(r)
		if cl == nil || !canOpen(text, i, sz, r) && !(spaced && spacedGuillemet(text, i, sz, r, true)) {
			i += sz
			continue
		}
		s, ok := matchClose(text, i, sz, r, cl, spaced)
		if !ok {
			i += sz
			continue
		}
		segs = append(segs, s)
		if s.close > i+sz {
			i = s.close
		} else {
			i += sz
		}
	}
	return segs
}

// canOpen reports whether the mark r at i opens a quotation: it must be
// followed by a non-space and, for ambiguous marks, preceded by a space,
// a line start or an opening bracket or dash.
func canOpen(text string, i, sz int, r rune) bool {
	if i+sz >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+sz:])
	if unicode.IsSpace(next) && !ellipsisOpening(text, i, sz) {
		return false
	}
	switch r {
	case '"', '\'', '‘', '”':
		if i == 0 {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if r == '\'' || r == '‘' {
			if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
				return false
			}
		}
		return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == '-' || prev == ':' || prev == '“' || prev == '"'
	}
	return true
}

// canClose reports whether the mark at j closes: preceded by a non-space
// and, for single quotes, not followed by a letter.
func canClose(text string, j, sz int, r rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:j])
	if unicode.IsSpace(prev) {
		return false
	}
	if isSingle(r) || r == '"' {
		if j+sz < len(text) {
			next, _ := utf8.DecodeRuneInString(text[j+sz:])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				return false
			}
		}
	}
	return true
}

// matchClose finds the mark closing the quote opened at i. A quote left open
// at a paragraph end continues when the next paragraph opens with a mark (the
// convention for quotes over several paragraphs); otherwise it ends with its
// paragraph.
func matchClose(text string, i, sz int, open rune, cl []rune, spaced bool) (segment, bool) {
	s := segment{open: i, inner: i + sz}
	single := isSingle(open)
	depth := 0
	// Rule straightCloser: a German low opening mark closed by a straight
	// one („Wir bleiben", sagte sie), as text typed on a plain keyboard or
	// converted by a tool writes it, closes there when the paragraph has
	// no curly closer for it (or opens a second low mark first): the
	// quote ran on into its attribution, and past it into the next
	// paragraph opening with a low mark. straight is the first straight
	// mark that may close, -1 before one.
	straight := -1
	closeStraight := func() (segment, bool) {
		s.innerEnd, s.close = straight, straight+1
		return s, s.innerEnd > s.inner
	}
	j := i + sz
	for j < len(text) {
		r, rsz := utf8.DecodeRuneInString(text[j:])
		if open == '„' && straight < 0 && r == '"' && canClose(text, j, rsz, r) {
			straight = j
		}
		if straight >= 0 && (r == '\n' || r == open) {
			return closeStraight()
		}
		if r == '\n' {
			// Paragraph end inside the quote.
			k := j
			for k < len(text) && (text[k] == '\n' || text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if single {
				return s, false
			}
			if k < len(text) {
				nr, nsz := utf8.DecodeRuneInString(text[k:])
				// The next paragraph re-opens the quote, unless it opens a
				// new transcript turn ("VALE: ...").
				if nr == open && !labelAfter(text, k+nsz) {
					s.multi = true
					j = k + nsz
					continue
				}
			}
			s.innerEnd = trimRightSpace(text, s.inner, j)
			s.close = s.innerEnd
			s.unclosed = true
			return s, s.innerEnd > s.inner
		}
		if depth == 0 && lowCloser(text, j, rsz, open, r) {
			// Rule lowCloser: see lowCloser.
			s.innerEnd, s.close = j, j+rsz
			return s, s.innerEnd > s.inner
		}
		if (r == open && open != '"' && open != '\'' && open != '”') && canOpen(text, j, rsz, r) || nestedStraight(text, j, open) {
			// A nested quotation of the same style: “ inside “...”, or
			// " inside "..." (rule nestedStraight).
			depth++
		} else {
			for _, c := range cl {
				if r == c && (canClose(text, j, rsz, r) || spaced && spacedGuillemet(text, j, rsz, r, false)) {
					if depth > 0 {
						depth--
						break
					}
					s.innerEnd, s.close = j, j+rsz
					if spaced {
						s.inner = skipSpace(text, s.inner, j)
						s.innerEnd = trimRightSpace(text, s.inner, j)
					}
					return s, s.innerEnd > s.inner
				}
			}
		}
		if single && j-i > maxSingleQuoteBytes {
			return s, false
		}
		j += rsz
	}
	if single {
		return s, false
	}
	if straight >= 0 {
		return closeStraight()
	}
	s.innerEnd = trimRightSpace(text, s.inner, len(text))
	s.close = s.innerEnd
	s.unclosed = true
	return s, s.innerEnd > s.inner
}

// matchTwoApostrophes matches a quotation written with doubled apostrophes
// (”like this”), a typewriter convention of some wire and archive copy.
func matchTwoApostrophes(text string, i int) (segment, bool) {
	s := segment{open: i, inner: i + 2}
	for j := i + 2; j+1 < len(text); j++ {
		if text[j] == '\n' {
			s.innerEnd = trimRightSpace(text, s.inner, j)
			s.close = s.innerEnd
			s.unclosed = true
			return s, s.innerEnd > s.inner
		}
		if text[j] == '\'' && text[j+1] == '\'' && text[j-1] != ' ' {
			s.innerEnd, s.close = j, j+2
			return s, s.innerEnd > s.inner
		}
	}
	return s, false
}

// maxSingleQuoteBytes bounds a single-quoted stretch: single quotes in news
// copy hold headlines' quotes and nested phrases, rarely more than a couple
// of sentences; a longer match is an apostrophe pairing with another.
const maxSingleQuoteBytes = 400

func trimRightSpace(text string, lo, hi int) int {
	for hi > lo {
		r, sz := utf8.DecodeLastRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= sz
	}
	return hi
}

// labelAfter reports a transcript label at i: an upper-case word of two
// letters or more (up to three words) followed by a colon.
func labelAfter(text string, i int) bool {
	j := i
	words := 0
	for j < len(text) && words < 3 {
		k := j
		for k < len(text) && (text[k] >= 'A' && text[k] <= 'Z' || text[k] == '.' || text[k] == '-' || text[k] == '\'') {
			k++
		}
		if k-j < 2 {
			return false
		}
		words++
		if k < len(text) && text[k] == ':' {
			return true
		}
		if k >= len(text) || text[k] != ' ' {
			return false
		}
		j = k + 1
	}
	return false
}

// ellipsisOpening reports a mark at a paragraph start followed by a space
// and an ellipsis ("” … what I learned is", "“ ... and then"): a quotation
// picked up mid-sentence opens with the ellipsis, spaced off the mark.
func ellipsisOpening(text string, i, sz int) bool {
	if i > 0 && text[i-1] != '\n' {
		return false
	}
	rest := text[i+sz:]
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	return strings.HasPrefix(rest[1:], "…") || strings.HasPrefix(rest[1:], "...")
}

// spacedGuillemet reports a French guillemet set off by a space from the
// words it encloses: « opening (a word follows the space) or » closing (a
// word or punctuation precedes the space). The space may be a no-break or
// narrow no-break space.
func spacedGuillemet(text string, i, sz int, r rune, open bool) bool {
	if open {
		if r != '«' || i+sz >= len(text) {
			return false
		}
		k := skipSpace(text, i+sz, len(text))
		if k == i+sz || k >= len(text) || strings.IndexByte(text[i+sz:k], '\n') >= 0 {
			return false
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		return !unicode.IsSpace(next) && next != '»'
	}
	if r != '»' || i == 0 {
		return false
	}
	k := trimRightSpace(text, 0, i)
	return k < i && k > 0 && strings.IndexByte(text[k:i], '\n') < 0
}

// skipSpace returns the offset of the first non-space rune of text[lo:hi].
func skipSpace(text string, lo, hi int) int {
	for lo < hi {
		r, sz := utf8.DecodeRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		lo += sz
	}
	return lo
}
