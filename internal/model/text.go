package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CollapseSpace returns s with its white space folded the way every stage
// folds short texts (titles, bylines, headings): leading and trailing
// space dropped, each inner run of white space one ASCII space. It equals
// strings.Join(strings.Fields(s), " ") and returns s itself, without
// allocating, when s is already folded (most texts are).
func CollapseSpace(s string) string {
	if folded(s) {
		return s
	}
	// Copy whole runs of non-space bytes, not rune by rune: long texts
	// (an itemprop=articleBody, a page's paragraphs) go through here, and a
	// write per rune was most of its cost.
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // start of the current run of non-space bytes, -1 in space
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			if start >= 0 {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:])
	}
	return b.String()
}

// folded reports whether s is already as CollapseSpace returns it.
func folded(s string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			if r != ' ' || prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
		i += size
	}
	return !prevSpace || s == ""
}

// isSpace is strings.Fields' notion of white space.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
	}
	return unicode.IsSpace(r)
}
