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
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			space = b.Len() > 0
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+size])
		}
		i += size
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
