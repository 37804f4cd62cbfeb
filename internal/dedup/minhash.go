// Package dedup finds syndicated copies: articles republished near-verbatim
// (wire copy carried by several outlets, with a new headline, a byline, some
// boilerplate, cuts and small edits). Candidates come from MinHash signatures
// over word shingles with LSH banding; every candidate pair is then confirmed
// by an exact containment check on the shingle sets. Confirmed pairs join copy
// groups (union-find); the earliest member of a group is its source. The index
// is incremental: a new article joins existing groups without a rebuild.
//
// Scripts: words are runs of letters and digits, lower-cased, in every
// script written with spaces. In text written without spaces between words
// (Chinese, Japanese, Thai, Lao, Khmer, Myanmar, and Korean, whose
// particles are glued to nouns; see package segment) every character is a
// word: a shingle is then five characters, and a copy with one character
// changed a paragraph keeps all its shingles but five there, as a Latin
// copy with one word changed does. In Thai, Lao, Khmer and Myanmar, where
// a character is a letter, a shingle is twenty (see LetterShingle).
// Full-width Latin letters and figures (ＮＨＫ, ２０２６) read as ASCII
// (rule width in Words).
//
// Leads: a text opening with a lead of its own and then carrying the
// other's from its start is an article quoting it, not a copy (ownLead);
// two texts whose leads are both missing from each other are a copy with
// its first sentence rewritten (rule replaced-lead, quotesWhole). Copy
// diffs (Diff) show sentences reworded, replaced, added and cut.
package dedup

import (
	"encoding/binary"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"

	"github.com/lede-news/lede/internal/segment"
)

// Signature parameters. NumHashes = Bands * Rows.
const (
	// ShingleSize is the number of words per shingle. Five words are long
	// enough that two independent reports of one event share few shingles
	// (only their common quotes), short enough that a one-word edit
	// ("center" -> "centre") spoils only five shingles.
	ShingleSize = 5
	// Bands and Rows set the LSH threshold near (1/Bands)^(1/Rows) ≈ 0.125
	// Jaccard: low on purpose, because a copy cut to a third of its source
	// has a Jaccard of only ~0.3 while its containment is ~1. The exact
	// containment check weeds out the extra candidates.
	Bands = 64
	Rows  = 2
	// NumHashes is the MinHash signature length (a power of two, 1<<binBits).
	NumHashes = Bands * Rows
)

// Words splits text into lower-cased words of letters and digits; every
// other rune separates words. Apostrophes inside words are dropped so that
// "Jeremy's" and "Jeremy’s" agree. In scripts written without spaces
// between words each character is a word (see package segment).
func Words(text string, fn func(w []byte)) {
	var buf [64]byte
	w := buf[:0]
	flush := func() {
		if len(w) > 0 {
			fn(w)
			w = w[:0]
		}
	}
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		i += n
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			w = append(w, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			w = append(w, byte(r+'a'-'A'))
		case r == '\'' || r == '’':
			// inside a word: skip; elsewhere it separates nothing
		case r >= segment.FirstUnit && segment.IsUnit(r):
			// Units rule: in text written without spaces (Chinese,
			// Japanese, Thai, ...) every character, with its combining
			// marks, is a word of its own; otherwise a whole clause
			// (北京举行新闻发布会) was one word, and a copy with one
			// character changed a paragraph shared no shingle with its
			// source. These scripts have no case to fold.
			flush()
			end := segment.UnitEnd(text, i)
			fn(append(w, text[i-n:end]...))
			i = end
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// Rule width: full-width letters and figures (ＮＨＫ, ２０２６)
			// are read as ASCII, so that a copy retyped in the other
			// width keeps its shingles (segment.FoldWidth, as cluster
			// reads words). Here, not at decoding: folding every rune there
			// cost Words a fifth of its speed on Latin text
			// (BenchmarkWords/latin 413 -> 320 MB/s, `go test
			// ./internal/dedup -run - -bench Words`, binaries alternated).
			w = utf8.AppendRune(w, unicode.ToLower(segment.FoldWidth(r)))
		default:
			flush()
		}
	}
	flush()
}

// Shingles returns the sorted, distinct 32-bit hashes of the text's
// ShingleSize-word shingles (a text shorter than that gives one shingle of
// all its words). 32 bits keep the index small; a collision can only add a
// shingle to an intersection, which at ~1e-9 per pair is negligible.
func Shingles(text string) []uint32 {
	set, _ := shingles(text, 0)
	return set
}

// shingles returns the shingle set and the first lead shingles in text order.
// Words are hashed with xxh3; a shingle's hash combines its words' hashes
// by position (multiply by distinct odd constants, add, finalise), which
// costs a few multiplications instead of hashing 40 more bytes.
func shingles(text string, lead int) (set, first []uint32) {
	var ring [ringSize]uint64
	n := 0
	out := make([]uint32, 0, len(text)/6)
	combine := func(k int) uint32 {
		var h uint64
		for j := 0; j < k; j++ {
			h += ring[(n-k+j)&(ringSize-1)] * shinglePos[j]
		}
		return uint32(mix64(h) >> 32)
	}
	// The lead is the first lead words' worth of shingles: a shingle
	// ending on a letter (see LetterShingle) is a quarter of a word, one
	// ending on another unit three quarters (see unitShingle), so that a Thai
	// or Chinese copy may open with a byline or standfirst as long as a
	// Latin one may (see MaxOwnLead). nLead counts the lead's shingles,
	// leadQ its quarters of words still to fill.
	nLead, leadQ := 0, 4*lead
	Words(text, func(w []byte) {
		ring[n&(ringSize-1)] = xxh3.Hash(w)
		n++
		k, q := ShingleSize, 4
		if w[0] >= 0xE0 { // U+0800 and above
			k, q = unitShingle(w)
		}
		if n >= k {
			out = append(out, combine(k))
			if leadQ > 0 {
				nLead++
				leadQ -= q
			}
		}
	})
	// A text too short for a shingle of its own (n < LetterShingle then:
	// the n-th word would have closed one) is one shingle of all its words.
	if len(out) == 0 && n > 0 {
		out = append(out, combine(n))
		nLead = min(1, lead)
	}
	first = slices.Clone(out[:nLead])
	// The spare capacity of out is the radix sort's scratch when it is
	// large enough (it usually is: a word is ~6 bytes of text), which
	// spares an allocation per article.
	var scratch []uint32
	if cap(out)-len(out) >= len(out) {
		scratch = out[len(out) : 2*len(out)]
	}
	sortUint32(out, scratch)
	return slices.Compact(out), first
}

// LetterShingle: rule letter-shingles. In the scripts whose units are
// letters (Thai, Lao, Khmer, Myanmar; cluster's LetterGram) a unit is a
// letter with its marks, and five of them are a word or less: two
// independent Thai reports of one football match (th-c1 and th-c2 of
// package cluster's testdata/cjk/th.jsonl) had 0.42 of their five-unit
// shingles in common (Containment of Shingles with this rule switched
// off, a throwaway test), against 0.16 at most for the independent
// reports of one event of zh.jsonl there and under 0.15 for English ones
// (see MinContainment). A shingle ending on such a unit spans four times ShingleSize
// units, about five words again; a one-letter edit then spoils twenty
// shingles of a text that has about four times as many as an English
// text of the same words, the same share.
const LetterShingle = 4 * ShingleSize

// unitShingle returns the words of a shingle ending on w, a word of Words
// of three or four bytes, and the quarters of a word that shingle stands
// for in a lead. A letter of Thai, Lao, Khmer or Myanmar: LetterShingle,
// a quarter. Rule unit-lead: another unit (a Chinese character, a kana, a
// Hangul syllable) is three quarters of a word (a Chinese word averages
// about one and a half characters). Counted as a word, a Chinese copy
// opening with a standfirst of 30 characters (24 words in English) filled
// its lead of 40 and was taken for a commentary quoting the wire, while
// an English copy's standfirst of 27 words passed; counted as half a
// word, a Chinese commentary's own lead of 52 characters (31 words in
// English) passed for a standfirst (TestIsCopyLeads, TestIsCopyShort).
// Other words (Latin in full width is folded to ASCII before):
// ShingleSize, a word.
func unitShingle(w []byte) (k, q int) {
	r, _ := utf8.DecodeRune(w)
	switch {
	case !segment.IsUnit(r):
		return ShingleSize, 4
	case segment.LetterUnits(r):
		return LetterShingle, 4 * ShingleSize / LetterShingle
	}
	return ShingleSize, 3
}

// ringSize holds the longest shingle's words (a power of two).
const ringSize = 32

// letterUnit reports whether w, a word of Words, is a unit of a script
// whose units are letters (see LetterShingle): below U+1C00, but for
// Hangul's conjoining jamo and the scripts written with spaces.
func letterUnit(w []byte) bool {
	r, _ := utf8.DecodeRune(w)
	return segment.LetterUnits(r) && segment.IsUnit(r)
}

// shinglePos are odd constants weighting a word by its place in the
// shingle, so that "a b c d e" and "b a c d e" differ. The first
// ShingleSize are those of every script's shingles; the rest, for
// LetterShingle, are drawn by splitmix64.
var shinglePos = func() (p [LetterShingle]uint64) {
	copy(p[:], []uint64{0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD})
	x := uint64(0x2545F4914F6CDD1D)
	for j := ShingleSize; j < len(p); j++ {
		x += 0x9E3779B97F4A7C15
		z := (x ^ x>>30) * 0xBF58476D1CE4E5B9
		z = (z ^ z>>27) * 0x94D049BB133111EB
		p[j] = (z ^ z>>31) | 1
	}
	return p
}()

// Signature is a MinHash signature.
type Signature [NumHashes]uint64

// MinHash computes the signature of a shingle set by one-permutation
// hashing (Li, Owen & Zhang 2012): each shingle's mixed hash falls in one
// of NumHashes bins by its top bits and each bin keeps its minimum, one
// hash per shingle instead of NumHashes. Empty bins borrow from the next
// non-empty bin, salted by the distance (rotation densification,
// Shrivastava 2017), which keeps the estimate unbiased and LSH-consistent.
// An empty set gives a signature of all ones, which matches nothing but
// other empty sets.
func MinHash(shingles []uint32) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, s := range shingles {
		h := mix64(uint64(s))
		if b := h >> (64 - binBits); h < sig[b] {
			sig[b] = h
		}
	}
	if len(shingles) == 0 {
		return sig
	}
	orig := sig
	for i := range sig {
		if orig[i] != math.MaxUint64 {
			continue
		}
		j, d := (i+1)%NumHashes, uint64(1)
		for orig[j] == math.MaxUint64 {
			j, d = (j+1)%NumHashes, d+1
		}
		sig[i] = mix64(orig[j] + d*0x9E3779B97F4A7C15)
	}
	return sig
}

// binBits is log2(NumHashes).
const binBits = 7

// mix64 is the splitmix64 finaliser: a cheap bijection that spreads the
// 32-bit shingle hashes over 64 bits.
func mix64(z uint64) uint64 {
	z += 0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// BandKeys returns the LSH bucket key of each band of the signature. Bands
// are salted with their index, so equal rows in different bands never collide.
func BandKeys(sig *Signature) [Bands]uint64 {
	var keys [Bands]uint64
	var b [8 * (Rows + 1)]byte
	for band := 0; band < Bands; band++ {
		binary.LittleEndian.PutUint64(b[0:], uint64(band))
		for r := 0; r < Rows; r++ {
			binary.LittleEndian.PutUint64(b[8*(r+1):], sig[band*Rows+r])
		}
		keys[band] = xxh3.Hash(b[:])
	}
	return keys
}

// EstimateJaccard is the fraction of equal signature positions.
func EstimateJaccard(a, b *Signature) float64 {
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / NumHashes
}

// Intersect counts the common elements of two sorted, distinct sets.
func Intersect(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Containment is |a∩b| / min(|a|,|b|): how much of the smaller text is
// found in the larger one. A copy cut to half its source still scores ~1.
func Containment(a, b []uint32) float64 {
	m := min(len(a), len(b))
	if m == 0 {
		return 0
	}
	return float64(Intersect(a, b)) / float64(m)
}
