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

// folded reports whether s is already as CollapseSpace returns it. It
// decodes a rune only at a byte that can open a white-space one (rule
// space-leads): the others cannot, nor can the bytes inside a rune, which
// are never such leads (a rune-by-rune reading was 12% of the text
// path's CPU).
func folded(s string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c != ' ' || prevSpace {
					return false
				}
				prevSpace = true
				continue
			}
		} else if spaceLead[c] {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false // it folds to ' '
			}
			i += size - 1
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}

// asciiSpace marks the ASCII bytes isSpace takes for white space.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// spaceLead marks the first bytes of the UTF-8 encodings of the white
// space runes past ASCII: U+0085 and U+00A0 (C2), U+1680 (E1), U+2000 to
// U+205F (E2), U+3000 (E3). TestSpaceLead checks them against unicode.
var spaceLead = [256]bool{0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// isSpace is strings.Fields' notion of white space.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
	}
	return unicode.IsSpace(r)
}

// FieldsUpTo splits s around runs of runes for which sep holds, as
// strings.FieldsFunc does, into dst, and reports how many fields it holds;
// ok is false when s has more than len(dst), dst then holding the first
// len(dst). It reads no further than the field after dst's last, so rules
// that look at a line's first words cost the same on a one-line document
// of megabytes, and a caller's array spares the allocation FieldsFunc
// makes per line (boilerplate's reading-time and result-count rules on a
// dense page's blocks; textclean's author-bio and support-label rules).
func FieldsUpTo(dst []string, s string, sep func(rune) bool) (n int, ok bool) {
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if sep(r) {
			if start >= 0 {
				if n == len(dst) {
					return n, false
				}
				dst[n], n, start = s[start:i], n+1, -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		if n == len(dst) {
			return n, false
		}
		dst[n], n = s[start:], n+1
	}
	return n, true
}

// IsDigits reports whether s is one or more ASCII digits: an id in a URL
// ("status/1234"), a count ("Image 3 of 12"), a rank ("#1").
func IsDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// IsASCII reports whether every byte of s is ASCII, so that
// strings.ToLower(s) is LowerASCII(s).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// IsLowerASCII reports whether s is ASCII with no capital letter, so that
// strings.ToLower(s) == s.
func IsLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// LowerASCII is s with its ASCII letters lowered and every other byte as
// it is: for an ASCII s (IsASCII), what strings.ToLower gives. Offsets
// into s are offsets into it, so a text lowered once serves every ASCII
// word of it (people.Doc.LowerText); s itself when it holds no capital.
func LowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	// Written into a Builder, one allocation (a []byte copy made a
	// string again is two), a run of other bytes at a time.
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !('A' <= s[j] && s[j] <= 'Z') {
			j++
		}
		b.WriteString(s[i:j])
		if j < len(s) {
			b.WriteByte(s[j] + 'a' - 'A')
			j++
		}
		i = j
	}
	return b.String()
}

// LowerPrefixLen reports whether strings.ToLower(s) starts with lower and
// how many bytes of s that prefix spans, reading s in place without the
// copy: the lines of a text all pass through checks like these (embeds'
// remnant checks, textclean's gallery-counter and outlet-voice rules), and
// lower-casing each cost an allocation a line with a capital in it.
//
// It folds rune by rune with unicode.ToLower, exactly as strings.ToLower
// does, rather than with strings.EqualFold: the two disagree on runes such
// as "İ", which lower-cases to "i" but does not fold to it. A byte that is
// not UTF-8 reads as utf8.RuneError, as strings.ToLower writes it.
func LowerPrefixLen(s, lower string) (int, bool) {
	i := 0
	for _, l := range lower {
		if i >= len(s) {
			return 0, false
		}
		r, size := rune(s[i]), 1
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			r = unicode.ToLower(r)
		}
		if r != l {
			return 0, false
		}
		i += size
	}
	return i, true
}

// LowerIs reports strings.ToLower(s) == lower without the copy.
func LowerIs(s, lower string) bool {
	n, ok := LowerPrefixLen(s, lower)
	return ok && n == len(s)
}

// LowerHasPrefix reports strings.HasPrefix(strings.ToLower(s), lower)
// without the copy.
func LowerHasPrefix(s, lower string) bool {
	_, ok := LowerPrefixLen(s, lower)
	return ok
}

// StartsUpper reports whether s opens with an upper-case letter.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// StartsLower reports whether s opens with a lower-case letter.
func StartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
