package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// setParts is rule quoteParts: a direct or block quote whose span holds
// more than one quoted passage (a split quotation joined by mergeRunOn,
// `"A," Moss said, "B."`, or a quotation running over paragraphs, each
// reopened with a mark) lists each passage's span in q.Parts, the
// speaker's words without the marks and the attribution between them, so
// that users and the story comparison need not parse marks in q.Text
// again. segs are the text's top-level quotation segments in text order (a
// quotation inside a quotation is part of its segment, no passage of its
// own). Only a span that opens and closes inside quotation marks is split:
// a credited block quote's own words are not in marks, and marks inside
// them quote someone else. A segment between the first and the last that
// lies in the speaker's mention, follows a word ("the self-styled "king
// of the quay""), or is a scare quote or a title by keepSegments' measure,
// belongs to the attribution.
func setParts(text string, segs []segment, q *model.Quote, isTitle func(segment) bool) {
	if q.Form != model.QuoteDirect && q.Form != model.QuoteBlock {
		return
	}
	i := sort.Search(len(segs), func(i int) bool { return segs[i].innerEnd > q.Start })
	if i == len(segs) || segs[i].inner > q.Start || segs[i].close >= q.End && !segs[i].multi {
		// The span does not open in marks, or one segment holds it all.
		return
	}
	j := i
	for j+1 < len(segs) && segs[j+1].inner < q.End {
		j++
	}
	if segs[j].close < q.End {
		return // the span does not close in marks
	}
	var parts []model.Span
	for k := i; k <= j; k++ {
		g := segs[k]
		if k > i && k < j && !passage(text, segs[k-1].close, g, q, isTitle) {
			continue
		}
		parts = appendPassages(parts, text, g, max(g.inner, q.Start), min(g.innerEnd, q.End))
	}
	if len(parts) > 1 {
		q.Parts = parts
	}
}

// passage reports that g, a segment between a quote's first and last, is
// a quoted passage of the quote rather than words of its attribution;
// prevClose is where the segment before it closed.
func passage(text string, prevClose int, g segment, q *model.Quote, isTitle func(segment) bool) bool {
	if q.SpeakerStart != nil && q.SpeakerEnd != nil && g.open >= *q.SpeakerStart && g.close <= *q.SpeakerEnd {
		return false
	}
	// A passage opens after the attribution's punctuation (`he said, "B,"`,
	// `he said. "B."`) or right after the passage before; a word before
	// the mark makes it a phrase the attribution quotes.
	if between := strings.TrimSpace(text[prevClose:g.open]); between != "" {
		r, _ := utf8.DecodeLastRuneInString(between)
		if !strings.ContainsRune(",:;.!?—–-", r) {
			return false
		}
	}
	inner := text[g.inner:g.innerEnd]
	if wordCount(inner) < minDirectWords && !endsSentence(inner) {
		return false
	}
	return isTitle == nil || !isTitle(g)
}

// appendPassages appends text[lo:hi], a stretch of segment g, cut at each
// paragraph break of a quotation running over paragraphs: each paragraph's
// passage ends before its trailing space and the next opens after the mark
// that reopens the quotation.
func appendPassages(parts []model.Span, text string, g segment, lo, hi int) []model.Span {
	for lo < hi {
		nl := -1
		if g.multi {
			if k := strings.IndexByte(text[lo:hi], '\n'); k >= 0 {
				nl = lo + k
			}
		}
		if nl < 0 {
			return append(parts, model.Span{Start: lo, End: hi})
		}
		if e := trimRightSpace(text, lo, nl); e > lo {
			parts = append(parts, model.Span{Start: lo, End: e})
		}
		// Past the blank lines and the reopening mark.
		k := nl
		for k < hi && isSpaceByte(text[k]) {
			k++
		}
		if k < hi {
			_, sz := utf8.DecodeRuneInString(text[k:])
			k += sz
		}
		lo = k
	}
	return parts
}
