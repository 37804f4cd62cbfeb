package input

import (
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// Rule double-encoded: UTF-8 text that went once through a Windows-1252 (or
// Latin-1) decoder and was stored again as UTF-8 shows each non-ASCII
// character as two to four Latin characters ("Investorâ€™s",
// "itertools â\u0080\u0094 Functions", "cafÃ©"). The page's bytes are valid
// UTF-8, so no charset rule sees it. Each such run is mapped back to the
// bytes it came from and decoded again, but only on texts that carry the
// telltale runs (see minMojibakeRuns): elsewhere the same pairs are rare
// but real ("»Straße«" holds "ß«").

// minMojibakeRuns is how many runs opening with Â, Ã or â (the lead bytes
// of U+0080-U+00FF and of the punctuation block U+2000-U+2FFF, which hold
// nearly every double-encoded character: accented letters, no-break space,
// curly quotes and dashes) a text needs before it is repaired. Two, so a
// single "Ã©" quoted as an example of the problem stays as written.
const minMojibakeRuns = 2

// mojibakeByte is the byte a character of a double-encoded text stood for:
// its Windows-1252 byte, or for a decoder that used Latin-1 (which left
// 0x80-0x9F as U+0080-U+009F) the code point itself.
func mojibakeByte(r rune) (byte, bool) {
	if b, ok := charmap.Windows1252.EncodeRune(r); ok {
		return b, true
	}
	if r < 0x100 {
		return byte(r), true
	}
	return 0, false
}

// mojibakeRun decodes the run starting at rune lead of s[i:] (lead already
// read, of size n): the character it stood for and the bytes it spans.
func mojibakeRun(s string, i int, lead rune, n int) (rune, int, bool) {
	var cont int
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		cont = 1
	case lead >= 0xE0 && lead <= 0xEF:
		cont = 2
	case lead >= 0xF0 && lead <= 0xF4:
		cont = 3
	default:
		return 0, 0, false
	}
	var buf [4]byte
	buf[0] = byte(lead)
	j := i + n
	for k := 1; k <= cont; k++ {
		r, size := utf8.DecodeRuneInString(s[j:])
		b, ok := mojibakeByte(r)
		if size == 0 || !ok || b < 0x80 || b > 0xBF {
			return 0, 0, false
		}
		buf[k] = b
		j += size
	}
	r, size := utf8.DecodeRune(buf[:cont+1])
	if r == utf8.RuneError || size != cont+1 {
		return 0, 0, false
	}
	return r, j - i, true
}

// mojibakeIn reports whether repairMojibake would repair data read as a
// text, without the copy of data into a string: telltaleRuns reads the
// bytes in place and keeps none of them.
func mojibakeIn(data []byte) bool {
	return telltaleRuns(unsafe.String(unsafe.SliceData(data), len(data)))
}

// telltaleRuns reports whether s holds the minMojibakeRuns telltale runs
// that make it a double-encoded text.
func telltaleRuns(s string) bool {
	// Every telltale run opens with Â, Ã or â, encoded C3 82, C3 83 and
	// C3 A2: a byte search finds them without decoding the text.
	telltales := 0
	for i := 0; telltales < minMojibakeRuns; {
		k := strings.IndexByte(s[i:], 0xC3)
		if k < 0 || i+k+1 >= len(s) {
			break
		}
		i += k
		if c := s[i+1]; c == 0x82 || c == 0x83 || c == 0xA2 {
			if _, size, ok := mojibakeRun(s, i, rune(0xC0|c&0x3F), 2); ok {
				telltales++
				i += size
				continue
			}
		}
		i++
	}
	return telltales >= minMojibakeRuns
}

// repairMojibake undoes double encoding (rule double-encoded) and reports
// whether it did.
func repairMojibake(s string) (string, bool) {
	if !telltaleRuns(s) {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	// A run's lead, U+00C2-U+00F4, is encoded C3 82-C3 B4, and C3 is never
	// a continuation byte: the text between two C3 bytes is copied whole.
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], 0xC3)
		if k < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+k])
		i += k
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0xC2 && r <= 0xF4 {
			if fixed, size, ok := mojibakeRun(s, i, r, n); ok {
				b.WriteRune(fixed)
				i += size
				continue
			}
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String(), true
}
