package htmlmeta

import (
	"strings"
	"unicode"
)

// halfwidthPunct is rule titleFullwidthPunct: a Latin-script title typed
// with an East Asian input method keeps its full-width punctuation ("How
// Do Tide Clocks Work？", "Sale！"), which a reader of the title sees as the
// plain mark misset. In a title with no Han, kana or Hangul letter the
// full-width forms of ASCII punctuation read as the ASCII marks; a CJK
// title keeps them, they are its own.
func halfwidthPunct(t string) string {
	if !strings.ContainsFunc(t, fullwidthPunct) || strings.ContainsFunc(t, isCJKLetter) {
		return t
	}
	return strings.Map(func(r rune) rune {
		if fullwidthPunct(r) {
			return r - fullwidthOffset
		}
		return r
	}, t)
}

// fullwidthOffset is the distance from a full-width form (U+FF01-U+FF5E)
// to its ASCII character.
const fullwidthOffset = 0xFF01 - '!'

// fullwidthPunct reports the full-width form of an ASCII punctuation mark
// (not of a letter or digit).
func fullwidthPunct(r rune) bool {
	if r < 0xFF01 || r > 0xFF5E {
		return false
	}
	a := r - fullwidthOffset
	return unicode.IsPunct(a) || unicode.IsSymbol(a)
}
