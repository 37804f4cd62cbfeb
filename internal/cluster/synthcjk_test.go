package cluster

import (
	"strings"
	"unicode/utf8"

	"github.com/zeebo/xxh3"
)

// synthCJK writes a synthetic Latin text (package synth's made-up words)
// the way Chinese is written: every word becomes one to three Han
// characters (drawn by a hash of the word from 3,000, about the common
// characters of Chinese, so that words cross into each other's pairs as
// they do in real text), without spaces, with full-width punctuation.
func synthCJK(s string) string {
	var b strings.Builder
	word := func(w string) {
		h := xxh3.HashString(strings.ToLower(w))
		n := 1 + int(h%5+1)/2 // 1, 2 or 3 characters, mostly 2
		for i := 0; i < n; i++ {
			h = h*0x9E3779B97F4A7C15 + 1
			b.WriteRune(rune(0x4E00 + (h>>40)%3000))
		}
	}
	start := -1
	for i := 0; i <= len(s); {
		r, n := rune(0), 1
		if i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		isLetter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if isLetter {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		if start >= 0 {
			word(s[start:i])
			start = -1
		}
		switch r {
		case 0, ' ':
		case '.':
			b.WriteString("。")
		case ',':
			b.WriteString("，")
		case ':':
			b.WriteString("：")
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}
