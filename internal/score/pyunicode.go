package score

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:generate sh -c "python3 gen_unicode.py > unicode_tables.go && gofmt -w unicode_tables.go"

// runeSet is a sorted list of inclusive code point ranges.
type runeSet [][2]rune

// has reports whether r falls in one of the ranges.
func (s runeSet) has(r rune) bool {
	i := sort.Search(len(s), func(i int) bool { return s[i][1] >= r })
	return i < len(s) && s[i][0] <= r
}

// asciiWord is the ASCII part of pyWord, checked without a search.
var asciiWord = func() (t [128]bool) {
	for r := rune(0); r < 128; r++ {
		t[r] = pyWord.has(r)
	}
	return t
}()

// isWord reports whether Python's re counts r as \w.
func isWord(r rune) bool {
	if r < 128 {
		return asciiWord[r]
	}
	return pyWord.has(r)
}

// isSpace reports whether Python counts r as white space (\s, str.isspace).
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	if r < 0x1c {
		return false
	}
	return pySpace.has(r)
}

// words returns the runs of \w characters of s, as re.findall(r"\w+", s) does.
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// pyLowerString is Python's str.lower(): full lower-case mapping, with the
// capital sigma lowered to the final form where Unicode's Final_Sigma
// context holds (a cased letter before it, none after it).
func pyLowerString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if r < 128 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if r == 0x3A3 {
			if finalSigma(s, i) {
				b.WriteRune(0x3C2)
			} else {
				b.WriteRune(0x3C3)
			}
			continue
		}
		if m, ok := pyLower[r]; ok {
			b.WriteString(m)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// finalSigma mirrors CPython's handle_capital_sigma for the sigma at byte i.
func finalSigma(s string, i int) bool {
	before := s[:i]
	found := false
	for len(before) > 0 {
		r, n := utf8.DecodeLastRuneInString(before)
		before = before[:len(before)-n]
		if !pyCaseIgnorable.has(r) {
			found = pyCasedNonIgnorable.has(r)
			break
		}
	}
	if !found {
		return false
	}
	after := s[i+2:] // U+03A3 is two bytes
	for _, r := range after {
		if !pyCaseIgnorable.has(r) {
			return !pyCasedNonIgnorable.has(r)
		}
	}
	return true
}

// pyCasefold is Python's str.casefold() (full case folding).
func pyCasefold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 128 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if m, ok := pyFold[r]; ok {
			b.WriteString(m)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pyStrip is Python's str.strip() with no argument.
func pyStrip(s string) string {
	return strings.TrimFunc(s, isSpace)
}

// foldSpace is score_extract.py's fold: NFC, runs of white space made one
// space, then stripped.
func foldSpace(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	inSpace := false
	for _, r := range s {
		if isSpace(r) {
			if !inSpace {
				b.WriteByte(' ')
				inSpace = true
			}
			continue
		}
		inSpace = false
		b.WriteRune(r)
	}
	return strings.Trim(b.String(), " ")
}

// dropCombining is NFKD followed by removing every character with a
// non-zero canonical combining class, as score_quotes.py's norm_name does.
func dropCombining(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= 0x300 && pyCombining.has(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func utf8DecodeRune(s string) (rune, int)     { return utf8.DecodeRuneInString(s) }
func utf8DecodeLastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }
