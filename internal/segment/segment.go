// Package segment splits text written without spaces between words, which
// the rest of Lede would otherwise read as one word per clause: a whole
// Chinese sentence such as 北京举行新闻发布会 is a single run of letters.
//
// No dictionary is used. The unit of such text is the character (a
// "unit": one letter with the combining marks that follow it); stages that
// need words take the units themselves (syndication shingles, search) or
// overlapping pairs of units, bigrams (story similarity: 北京 京举 举行 ...
// share most of their pairs with another report naming the same things).
// This is the standard dictionary-free treatment of CJK in search engines
// (Lucene's CJKBigramFilter, Elasticsearch's cjk analyzer).
//
// What each script gets:
//   - Han (Chinese, kanji), Hiragana, Katakana (full and half width, with
//     the prolonged sound mark ー), Bopomofo, Yi: every letter is a unit.
//   - Hangul: every syllable is a unit. Korean writes spaces between
//     phrases but glues particles to nouns (서울시는, 서울시가); as units,
//     서울시 is found inside both.
//   - Thai, Lao, Khmer, Myanmar and the Tai scripts: every letter is a
//     unit, with its vowel signs and tone marks (combining marks) attached
//     to it, so ที่ is one unit.
//   - Every other script (Latin, Cyrillic, Greek, Arabic, Hebrew,
//     Devanagari, ...), digits of any script and full-width Latin letters
//     (Ｔｏｋｙｏ) are not units: they keep making words between spaces
//     and punctuation as before. A run of such letters glued to units
//     (iPhone发布) is a word of its own.
//
// IsUnit answers for runes below FirstUnit with one comparison, so that
// the word loops of Latin text do not slow down.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FirstUnit is the smallest rune that can be a unit (the first Thai
// letter, U+0E01): IsUnit of any smaller rune is false.
const FirstUnit = 0x0E01

// unitScripts are the scripts written without spaces between words (and
// Hangul, see the package comment), beyond the blocks IsUnit tests inline.
var unitScripts = []*unicode.RangeTable{
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul,
	unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar,
	unicode.Tai_Le, unicode.New_Tai_Lue, unicode.Tai_Tham, unicode.Tai_Viet,
	unicode.Bopomofo, unicode.Yi,
}

// IsUnit reports whether r is a letter of a script written without spaces
// between words (see the package comment): each such letter is a unit.
// Digits and punctuation of those scripts are not units.
func IsUnit(r rune) bool {
	switch {
	case r < FirstUnit:
		return false
	case 0x4E00 <= r && r <= 0x9FFF: // CJK Unified Ideographs: all letters
		return true
	case 0xAC00 <= r && r <= 0xD7A3: // Hangul syllables: all letters
		return true
	case r == 0x30FC || r == 0xFF70: // ー, ｰ: the prolonged sound mark is of script Common
		return true
	case 0x1C00 <= r && r < 0x2E80:
		// Latin Extended Additional (Vietnamese), Greek Extended,
		// punctuation and symbols: no unit here, and these are the
		// runes most met above FirstUnit in text of other scripts.
		return false
	}
	if !unicode.IsLetter(r) {
		return false
	}
	return unicode.In(r, unitScripts...)
}

// LetterUnits reports whether r, a unit (IsUnit), belongs to a script
// whose units are letters rather than syllables or words: Thai, Lao,
// Khmer, Myanmar and the Tai scripts, all below U+1C00 but for Hangul's
// conjoining jamo. Their terms and shingles span more units (cluster's
// LetterGram, dedup's LetterShingle).
func LetterUnits(r rune) bool { return r < 0x1C00 && (r < 0x1100 || r >= 0x1200) }

// FoldWidth maps a full-width form of an ASCII character (U+FF01-FF5E:
// ＡＢＣ, ０１２, ，．！) to it. Chinese and Japanese text writes Latin
// letters and figures in either width, and a word should not depend on
// which (ＮＨＫ is NHK, ２０２６ is 2026).
func FoldWidth(r rune) rune {
	if 0xFF01 <= r && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

// DropMarks is s without the diacritics of its letters ("Zoë" to "Zoe",
// "Café" to "Cafe"), recomposed (NFC): one name written with and without
// its accents compares equal. A string without marks comes back as it is,
// without allocating.
func DropMarks(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// IsMark reports whether r is a combining mark, which belongs to the unit
// before it (Thai vowel signs and tone marks, the combining kana voicing
// marks, variation selectors).
func IsMark(r rune) bool {
	switch {
	case r < 0x0300:
		return false
	case 0x30A0 <= r && r < 0xA66F, 0xAC00 <= r && r < 0xD800, 0xFF00 <= r && r < 0xFFF0:
		// Katakana to Yi (CJK ideographs among them), Hangul syllables,
		// full-width forms: blocks without a mark, the runes most tested
		// after a unit. Checked by TestIsMarkFastPath.
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

// UnitEnd returns the end of the unit whose letter ends at s[i]: i moved
// past the combining marks that follow.
func UnitEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x0300 || !IsMark(r) {
			break
		}
		i += n
	}
	return i
}

// RunEnd returns the end of the run of units that starts at s[i] (s[i:]
// must start with a unit): the index past its last unit and marks.
func RunEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsUnit(r) {
			break
		}
		i = UnitEnd(s, i+n)
	}
	return i
}

// Bigrams calls fn with each pair of adjacent units of a run of units (as
// RunEnd delimits it), overlapping: 新闻发布 gives 新闻, 闻发, 发布. A run of
// one unit gives that unit alone, so that no text is left without terms.
func Bigrams(run string, fn func(b string)) {
	prev, start := -1, 0 // start of the previous unit; of the current one
	for i := 0; i < len(run); {
		_, n := utf8.DecodeRuneInString(run[i:])
		start = i
		i = UnitEnd(run, i+n)
		if prev >= 0 {
			fn(run[prev:i])
		}
		prev = start
	}
	if prev == 0 && len(run) > 0 {
		fn(run) // a single unit
	}
}

// Has reports whether s holds at least one unit.
func Has(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < 0xE0 { // a rune below U+0800 (FirstUnit is above)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsUnit(r) {
			return true
		}
		i += n
	}
	return false
}

// Sep is the separator Spaced puts between units for the search index: a
// zero-width space, which the index's tokenizer reads as a separator (it
// is neither letter nor digit) and which does not show if it is ever left
// in a text shown to a user.
const Sep = '\u200B'

// class is what a rune is to Spaced: a unit, a word rune (letter or
// digit of other scripts, or a private-use character, which FTS5's
// unicode61 tokenizer reads as a letter too), or anything else (space,
// punctuation).
type class uint8

const (
	classOther class = iota
	classWord
	classUnit
)

func classOf(r rune) class {
	switch {
	case r < utf8.RuneSelf:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return classWord
		}
		return classOther
	case IsUnit(r):
		return classUnit
	case unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r):
		return classWord
	}
	return classOther
}

// Spaced returns s with sep inserted wherever a unit meets another unit
// or a word (北京iPhone发布 -> 北|京|iPhone|发|布 with sep for |), so that a
// tokenizer splitting at non-letters sees each unit as a word. Combining
// marks stay with the rune before them. Text without units is returned
// as it is, without allocating.
func Spaced(s string, sep rune) string {
	if !Has(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	prev := classOther
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		c := prev
		if r < 0x0300 || !IsMark(r) {
			c = classOf(r)
			if c == classUnit && prev != classOther || c == classWord && prev == classUnit {
				b.WriteRune(sep)
			}
		}
		b.WriteString(s[i : i+n])
		prev = c
		i += n
	}
	return b.String()
}

// Unspace undoes Spaced: it drops every sep next to a unit (a unit before
// it, its marks aside, or a unit after it). Strings in skip (highlight
// tags around matched words, say) are looked through: a sep between
// "京</mark>" and "<mark>发" is dropped too, and a closing tag, sep and
// opening tag between two units (…</mark>|<mark>…, given as skip[1] and
// skip[0]) are dropped together so that two highlighted units read as one
// highlighted word. Text without sep is returned as it is.
func Unspace(s string, sep rune, skip ...string) string {
	if !strings.ContainsRune(s, sep) {
		return s
	}
	out := make([]byte, 0, len(s))
	sepLen := utf8.RuneLen(sep)
	merge := len(skip) >= 2 && skip[0] != "" && skip[1] != ""
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != sep {
			out = append(out, s[i:i+n]...)
			i += n
			continue
		}
		before := unitBefore(s[:i], skip)
		after := unitAfter(s[i+n:], skip)
		switch {
		case !before && !after:
			out = append(out, s[i:i+n]...)
		case before && after && merge && strings.HasSuffix(string(out), skip[1]) && strings.HasPrefix(s[i+sepLen:], skip[0]):
			// …</mark>|<mark>… between two units: one highlight.
			out = out[:len(out)-len(skip[1])]
			i += len(skip[0])
		}
		i += n
	}
	return string(out)
}

// unitBefore reports whether s ends with a unit (and its marks), strings
// of skip looked through.
func unitBefore(s string, skip []string) bool {
	for len(s) > 0 {
		trimmed := false
		for _, k := range skip {
			if k != "" && strings.HasSuffix(s, k) {
				s, trimmed = s[:len(s)-len(k)], true
			}
		}
		if trimmed {
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if IsMark(r) {
			s = s[:len(s)-n]
			continue
		}
		return IsUnit(r)
	}
	return false
}

// unitAfter reports whether s starts with a unit, strings of skip looked
// through.
func unitAfter(s string, skip []string) bool {
	for len(s) > 0 {
		trimmed := false
		for _, k := range skip {
			if k != "" && strings.HasPrefix(s, k) {
				s, trimmed = s[len(k):], true
			}
		}
		if trimmed {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s)
		return IsUnit(r)
	}
	return false
}
