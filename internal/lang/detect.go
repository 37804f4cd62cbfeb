package lang

//go:generate go run ./internal/gen -out profiles_gen.go

import (
	"math"
	"slices"
	"sync"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// This file is whatlanggo's DetectWithOptions (v1.0.1: detect.go,
// trigrams.go, utils.go, script.go) for detectOptions' whitelist, giving
// the same language, script and confidence (TestDetectInfoMatches,
// FuzzDetectInfo), some 40 times faster on a 1 KB sample (BenchmarkDetectInfo
// against BenchmarkWhatlanggo, -cpu 1: 22 us against 810 to 920 us, no
// allocation against 2,939): whatlanggo builds a map of trigram strings rune slice by rune slice,
// sorts it with sort.SliceStable and looks each of 300 trigrams of every
// candidate language up in it. Here a trigram is three runes packed in a
// uint64, the text's trigrams are counted by sorting them, ranked by a
// counting sort, and each is looked up once in an index of the candidates'
// profiles. whatlanggo stays the reference of the tests.

// profile is a language's trigrams, the most frequent first (whatlanggo's
// langProfileList entries, generated in profiles_gen.go).
type profile struct {
	lang     whatlanggo.Lang
	trigrams []string
}

// Distances as whatlanggo's constants.go: a profile trigram absent from the
// text is maxTrigramDistance away; maxTotalDistance is a full profile's.
const (
	maxTrigramDistance = 300
	maxTotalDistance   = 90000
)

// trigramKey packs three runes in 21 bits each, the first highest. Range
// over a string yields runes up to U+10FFFF and no surrogates, so the
// numeric order of keys is the byte order of the trigrams' UTF-8 strings,
// which whatlanggo's tie-break between equally frequent trigrams uses.
func trigramKey(r1, r2, r3 rune) uint64 {
	return uint64(r1)<<42 | uint64(r2)<<21 | uint64(r3)
}

// posting is a profile's trigram: the candidate (its index in the script's
// profile list) and the trigram's rank in the profile.
type posting struct {
	cand uint8
	rank uint16
}

// scriptIndex indexes the profiles of one script's candidates.
type scriptIndex struct {
	langs    []whatlanggo.Lang
	fullDist []int // distance of a text with none of the profile's trigrams
	postings map[uint64][]posting
}

func newScriptIndex(profiles []profile) *scriptIndex {
	ix := &scriptIndex{postings: map[uint64][]posting{}}
	for c, p := range profiles {
		ix.langs = append(ix.langs, p.lang)
		ix.fullDist = append(ix.fullDist, maxTrigramDistance*len(p.trigrams))
		for rank, t := range p.trigrams {
			rs := []rune(t)
			if len(rs) != 3 || string(rs) != t {
				continue // never equal to a text's trigram
			}
			k := trigramKey(rs[0], rs[1], rs[2])
			ix.postings[k] = append(ix.postings[k], posting{uint8(c), uint16(rank)})
		}
	}
	return ix
}

// indexes of the scripts whatlanggo reads by trigrams, built on first use.
var indexes = sync.OnceValue(func() map[*unicode.RangeTable]*scriptIndex {
	return map[*unicode.RangeTable]*scriptIndex{
		unicode.Latin:      newScriptIndex(latinLangs),
		unicode.Cyrillic:   newScriptIndex(cyrillicLangs),
		unicode.Arabic:     newScriptIndex(arabicLangs),
		unicode.Devanagari: newScriptIndex(devanagariLangs),
		unicode.Hebrew:     newScriptIndex(hebrewLangs),
		unicode.Ethiopic:   newScriptIndex(ethiopicLangs),
	}
})

// detectInfo is whatlanggo.DetectWithOptions(text, detectOptions).
func detectInfo(text string) whatlanggo.Info {
	info, _ := detectInfoTie(text)
	return info
}

// detectInfoTie is detectInfo, and whether the two best candidates were at
// the same distance. whatlanggo ranks its candidates in the random order of
// a Go map and then by a stable sort on distance, so its language is then
// either; here it is the first in profile order. Detect's answer is the
// same whichever: equal distances make equal scores, a rate of 0 and a
// confidence of 0 (or language -1 when both scores are 0), below
// minConfidence and not reliable, so Detect gives "" either way.
func detectInfoTie(text string) (whatlanggo.Info, bool) {
	script := detectScript(text)
	if script == nil {
		return whatlanggo.Info{Lang: -1}, false
	}
	info := whatlanggo.Info{Script: script}
	ix := indexes()[script]
	if ix == nil {
		info.Lang, info.Confidence = scriptLang(script)
		return info, false
	}
	var tie bool
	info.Lang, info.Confidence, tie = ix.detect(text)
	return info, tie
}

// scriptLang is whatlanggo's detectLangBaseOnScript for the scripts of a
// single language.
func scriptLang(script *unicode.RangeTable) (whatlanggo.Lang, float64) {
	switch script {
	case unicode.Han:
		return whatlanggo.Cmn, 1
	case unicode.Bengali:
		return whatlanggo.Ben, 1
	case unicode.Hangul:
		return whatlanggo.Kor, 1
	case unicode.Georgian:
		return whatlanggo.Kat, 1
	case unicode.Greek:
		return whatlanggo.Ell, 1
	case unicode.Kannada:
		return whatlanggo.Kan, 1
	case unicode.Tamil:
		return whatlanggo.Tam, 1
	case unicode.Thai:
		return whatlanggo.Tha, 1
	case unicode.Gujarati:
		return whatlanggo.Guj, 1
	case unicode.Gurmukhi:
		return whatlanggo.Pan, 1
	case unicode.Telugu:
		return whatlanggo.Tel, 1
	case unicode.Malayalam:
		return whatlanggo.Mal, 1
	case unicode.Oriya:
		return whatlanggo.Ori, 1
	case unicode.Myanmar:
		return whatlanggo.Mya, 1
	case unicode.Sinhala:
		return whatlanggo.Sin, 1
	case unicode.Khmer:
		return whatlanggo.Khm, 1
	}
	if script == kanaTable {
		return whatlanggo.Jpn, 1
	}
	return -1, 0
}

// detect is whatlanggo's detectLangInProfiles over ix's candidates.
func (ix *scriptIndex) detect(text string) (whatlanggo.Lang, float64, bool) {
	switch len(ix.langs) {
	case 0:
		return -1, 0, false
	case 1:
		return ix.langs[0], 1, false
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	grams := textTrigrams(text, sc)
	var matched [256]int
	for pos, g := range grams {
		for _, p := range ix.postings[g.key] {
			d := pos - int(p.rank)
			if d < 0 {
				d = -d
			}
			matched[p.cand] += maxTrigramDistance - d
		}
	}
	// The two smallest distances; on a tie the first candidate wins.
	best, d1, d2 := 0, ix.fullDist[0]-matched[0], math.MaxInt
	for c := 1; c < len(ix.langs); c++ {
		if d := ix.fullDist[c] - matched[c]; d < d1 {
			best, d1, d2 = c, d, d1
		} else if d < d2 {
			d2 = d
		}
	}
	lang, conf := confidence(ix.langs[best], d1, d2, len(grams))
	return lang, conf, d1 == d2
}

// confidence is whatlanggo's calculateConfidence given the two smallest
// distances and the number of distinct trigrams of the text.
func confidence(lang whatlanggo.Lang, d1, d2, trigrams int) (whatlanggo.Lang, float64) {
	score1 := maxTotalDistance - d1
	score2 := maxTotalDistance - d2
	if score1 == 0 {
		return -1, 0
	} else if score2 == 0 {
		// An integer division, as whatlanggo's float64((score1) / 500.0).
		c := float64(score1 / 500)
		if c > 1 {
			c = 1
		}
		return lang, c
	}
	rate := float64(score1-score2) / float64(score2)
	confidentRate := float64(12.0/float64(trigrams)) + 0.05
	if rate > confidentRate {
		return lang, 1
	}
	return lang, rate / confidentRate
}

// gram is a distinct trigram of a text and its count.
type gram struct {
	key   uint64
	count int
}

// scratch holds textTrigrams' slices between calls.
type scratch struct {
	keys        []uint64
	uniq, grams []gram
	starts      []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// textTrigrams returns the distinct trigrams of text, most frequent first
// and, among equally frequent ones, the greatest first: whatlanggo's
// getTrigramsWithPositions, whose position of a trigram is its index here.
// The slice is sc's, valid until sc's next use.
func textTrigrams(text string, sc *scratch) []gram {
	keys := sc.keys[:0]
	var r1, r2 rune = ' ', 0
	first := true
	for _, r := range text {
		r3 := trigramRune(r)
		if first {
			r2, first = r3, false
			continue
		}
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			keys = append(keys, trigramKey(r1, r2, r3))
		}
		r1, r2 = r2, r3
	}
	if !first && r2 != ' ' {
		keys = append(keys, trigramKey(r1, r2, ' '))
	}
	sc.keys = keys
	slices.Sort(keys)
	uniq, most := sc.uniq[:0], 0
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		uniq = append(uniq, gram{keys[i], j - i})
		most = max(most, j-i)
		i = j
	}
	sc.uniq = uniq
	// A counting sort by count, most first, of the trigrams taken in
	// descending key order: the order of whatlanggo's sort, exactly.
	starts := slices.Grow(sc.starts[:0], most+2)[:most+2]
	clear(starts)
	for _, g := range uniq {
		starts[most-g.count+1]++
	}
	for c := 1; c < len(starts); c++ {
		starts[c] += starts[c-1]
	}
	grams := slices.Grow(sc.grams[:0], len(uniq))[:len(uniq)]
	for i := len(uniq) - 1; i >= 0; i-- {
		g := uniq[i]
		grams[starts[most-g.count]] = g
		starts[most-g.count]++
	}
	sc.starts, sc.grams = starts, grams
	return grams
}

// trigramRune is whatlanggo's unicode.ToLower(toTrigramChar(r)): spaces,
// punctuation, symbols and digits are a space.
func trigramRune(r rune) rune {
	if r < rune(len(lowRunes)) {
		return rune(lowRunes[r])
	}
	return lowerTrigramRune(r)
}

func lowerTrigramRune(r rune) rune {
	if unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// lowRunes is trigramRune of the runes of one- and two-byte UTF-8 (Latin,
// Greek, Cyrillic, Hebrew, Arabic).
var lowRunes = func() (t [0x800]uint16) {
	for r := range t {
		t[r] = uint16(lowerTrigramRune(rune(r)))
	}
	return t
}()
