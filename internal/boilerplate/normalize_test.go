package boilerplate

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// normalizePlain is normalize as first written, a byte or a rune at a
// time with a pending space: the reference the table-driven normalize
// must equal.
func normalizePlain(text string, dst []byte) []byte {
	space := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = len(dst) > 0
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch r {
		case '\u00a0', '\u2009', '\u202f', '\u200b', '\u3000':
			space = len(dst) > 0
			continue
		case '\u2018', '\u2019', '\u02bc':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2013', '\u2014':
			r = '-'
		case '\uff1a', '\uff08', '\uff09', '\uff0f', '\uff1d':
			r -= 0xff00 - 0x20
		case '\u2215':
			r = '/'
		case '\u2026':
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, '.', '.', '.')
			continue
		default:
			r = unicode.ToLower(r)
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	for len(dst) > 0 {
		switch dst[0] {
		case '-', '*', '>', '|', ' ', '.':
			dst = dst[1:]
			continue
		}
		break
	}
	for len(dst) > 0 {
		switch dst[len(dst)-1] {
		case '.', ' ', '!', '-', '>', '|', ',', ';':
			dst = dst[:len(dst)-1]
			continue
		}
		if r, size := utf8.DecodeLastRune(dst); r == '»' || r == '›' || r == '→' {
			dst = dst[:len(dst)-size]
			continue
		}
		break
	}
	return dst
}

// normalizePieces are the bytes and runes normalize treats apart: white
// space of both kinds, capitals, the folded marks, the trimmed ends, a
// rune whose small letter is longer, invalid UTF-8.
var normalizePieces = []string{" ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\u00a0", "\u2009", "\u202f", "\u200b", "\u3000",
	"a", "Z", "Sign", "UP", "7", ".", "!", "-", "*", ">", "|", ",", ";", ":", "'", "\"", "…", "»", "›", "→",
	"\u2018", "\u2019", "\u02bc", "\u201c", "\u201d", "\u2013", "\u2014", "：", "（", "）", "／", "＝", "∕",
	"É", "ß", "Ω", "Ж", "İ", "Ⱥ", "日本", "\xff", "\xe2\x80", "\x00"}

// checkNormalize compares normalize with normalizePlain on s, into an
// empty buffer and after a prefix already written.
func checkNormalize(t *testing.T, s string) {
	t.Helper()
	var buf [maxBlockBytes]byte
	if got, want := normalize(s, buf[:0]), normalizePlain(s, nil); string(got) != string(want) {
		t.Fatalf("normalize(%q) = %q, want %q", s, got, want)
	}
	for _, pre := range []string{"x", "x "} {
		if got, want := normalize(s, []byte(pre)), normalizePlain(s, []byte(pre)); string(got) != string(want) {
			t.Fatalf("normalize(%q) after %q = %q, want %q", s, pre, got, want)
		}
	}
}

// TestNormalizePlain: normalize writes what normalizePlain writes, on
// every phrase of the rules (as written, capitalised, padded) and on
// random strings of normalizePieces.
func TestNormalizePlain(t *testing.T) {
	for _, r := range rules {
		for _, p := range r.phrases {
			for _, s := range []string{p, strings.ToUpper(p), "  " + p + " …", "- " + strings.ReplaceAll(p, " ", "\u00a0 \t") + ".  "} {
				checkNormalize(t, s)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(normalizePieces[rng.IntN(len(normalizePieces))])
		}
		checkNormalize(t, b.String())
	}
}

// FuzzNormalize: normalize writes what normalizePlain writes.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Sign up  for our\tnewsletter…", " \u00a0x", "a\xffB", "İ Ⱥ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNormalize(t, s) })
}

// storySentences are sentences of invented news stories in four
// languages, as the text path reads them one by one in a flattened
// paragraph (rule prompt-in-paragraph in textclean): none is boilerplate.
var storySentences = []string{
	"The council voted on Tuesday to close the harbour road for six weeks while engineers repair the sea wall.",
	"Residents who live along the road said they had not been told how they would reach the ferry terminal.",
	"A spokesperson for the port authority said buses would run every twenty minutes from the old station.",
	"Repairs to the wall were first proposed in 2019, but the work was delayed twice by winter storms.",
	"Der Stadtrat hat am Dienstag beschlossen, die Hafenstraße für sechs Wochen zu sperren.",
	"Anwohner kritisierten, dass sie über die Umleitung erst aus der Zeitung erfahren hätten.",
	"El ayuntamiento aprobó el martes el cierre de la carretera del puerto durante seis semanas.",
	"Los vecinos aseguran que nadie les explicó cómo llegarán a la terminal de transbordadores.",
	"Le conseil municipal a voté mardi la fermeture de la route du port pendant six semaines.",
	"Selon la mairie, des navettes partiront toutes les vingt minutes de l'ancienne gare.",
	"Prices at the two supermarkets near the terminal rose by 4% over the summer, figures show.",
	"“We have waited years for this,” one fisherman said as the first barriers went up.",
}

func BenchmarkNormalize(b *testing.B) {
	var buf [maxBlockBytes]byte
	for i := 0; b.Loop(); i++ {
		normalize(storySentences[i%len(storySentences)], buf[:0])
	}
}

// firstWordMaskPlain is firstWordMask as first written: the blocks' words
// split at each space, each trimmed and looked up.
func firstWordMaskPlain(s string) uint64 {
	var mask uint64
	for _, w := range strings.Split(s, " ") {
		mask |= keyWords[trimWordPunct(w)]
	}
	return mask
}

// checkWordMask compares firstWordMask with firstWordMaskPlain on the
// normalised s.
func checkWordMask(t *testing.T, s string) {
	t.Helper()
	norm := string(normalize(s, nil))
	if got, want := firstWordMask(norm, &allKeys), firstWordMaskPlain(norm); got != want {
		t.Fatalf("firstWordMask(%q) = %b, want %b", norm, got, want)
	}
}

// TestFirstWordMaskPlain: firstWordMask, eight bytes at a time behind its
// filter, gives the mask of the plain split, on the phrases of the
// contains rules set in sentences at every offset and on random strings
// of normalizePieces and of the phrases.
func TestFirstWordMaskPlain(t *testing.T) {
	var phrases []string
	for _, r := range rules {
		if r.mode == contains {
			phrases = append(phrases, r.phrases...)
		}
	}
	for _, p := range phrases {
		for pad := range 9 {
			checkWordMask(t, strings.Repeat("x", pad)+" "+p+", then ("+p+").")
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			if rng.IntN(2) == 0 {
				b.WriteString(phrases[rng.IntN(len(phrases))])
			} else {
				b.WriteString(normalizePieces[rng.IntN(len(normalizePieces))])
			}
		}
		checkWordMask(t, b.String())
	}
}

// FuzzFirstWordMask: firstWordMask gives the mask of the plain split.
func FuzzFirstWordMask(f *testing.F) {
	for _, s := range []string{"Sign up for our newsletter", "if you buy through our links, we", "a  b", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkWordMask(t, s) })
}

// checkGateMask compares gateMask with containsAny over each contains
// rule's gates, on s as given and normalised, for all the rules at once
// and for each alone.
func checkGateMask(t *testing.T, s string) {
	t.Helper()
	for _, b := range []string{s, string(normalize(s, nil))} {
		got := gateMask(b, ^uint64(0))
		for i, r := range rules {
			if r.mode != contains {
				continue
			}
			want := containsAny(b, r.gate)
			if want != (got&(1<<i) != 0) {
				t.Fatalf("gateMask(%q): rule %s %v, containsAny %v", b, r.name, !want, want)
			}
			// the rule alone: its gates searched for one by one when
			// they are few
			if alone := gateMask(b, 1<<i); want != (alone != 0) {
				t.Fatalf("gateMask(%q) of rule %s alone: %v, containsAny %v", b, r.name, !want, want)
			}
		}
	}
}

// TestGateMask: gateMask, one pass over the block, finds the rules whose
// gates containsAny finds, on every gate and phrase in a sentence, at the
// block's ends, cut short by a byte, and on random strings of them.
func TestGateMask(t *testing.T) {
	var parts []string
	for _, r := range rules {
		if r.mode == contains {
			parts = append(parts, r.gate...)
			parts = append(parts, r.phrases...)
		}
	}
	for _, p := range parts {
		for _, s := range []string{p, "so " + p + ", then", p[:len(p)-1], p[1:], "x" + p} {
			checkGateMask(t, s)
		}
	}
	parts = append(parts, normalizePieces...)
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(2) == 0 {
				b.WriteString(" ")
			}
		}
		checkGateMask(t, b.String())
	}
}

// FuzzGateMask: gateMask finds the rules whose gates containsAny finds.
func FuzzGateMask(f *testing.F) {
	for _, s := range []string{"please support us on patreon", "we use cookies", "ko-fi", "d", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkGateMask(t, s) })
}
