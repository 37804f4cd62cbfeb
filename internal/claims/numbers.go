package claims

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/lexicon"
)

// tokKind is a token's kind: a byte, so that the kind and the two flags
// after the strings take one word of the token (56 bytes, not 64: a
// sentence's tokens are claims' largest allocation).
type tokKind uint8

// Token kinds.
const (
	tWord tokKind = iota
	tNum
	tSym
)

// token is a word, a number written in digits ("1,200", "3.5") or one
// symbol ("£", "%", "-", ",").
type token struct {
	start, end int
	text       string
	// lower is text in lower case, typographic apostrophes folded.
	lower string
	kind  tokKind
	// gapBefore is true when white space separates it from the previous token.
	gapBefore bool
	// speech marks a speech verb ("said", "according"); set by
	// markSpeech, only on the sentences that hold a number.
	speech bool
}

// speechWords are the lexicon's one-word speech verbs, in one set: the
// lexicon's own lookup folds case on a miss, a second lookup per word,
// and the claims of a sentence asked it several times a word (a tenth of
// Extract's time in a CPU profile of BenchmarkExtract: go test -run X
// -bench Extract -cpu 1 -cpuprofile cpu.out ./internal/claims).
var (
	speechOnce  sync.Once
	speechWords map[string]bool
)

func loadSpeechWords() {
	speechWords = map[string]bool{}
	for _, w := range lexicon.SpeechVerbs() {
		if !strings.Contains(w, " ") {
			speechWords[w] = true
		}
	}
}

// isSpeechWord reports whether the lower-case word w is a speech verb.
func isSpeechWord(w string) bool {
	speechOnce.Do(loadSpeechWords)
	return speechWords[w]
}

// markSpeech sets the speech flag of the word tokens. Rule speechNoun: a
// speech verb after an article or a possessive is a noun ("The state will
// spend", "the report", "its claims"), no verb that opens a clause.
func markSpeech(toks []token) {
	speechOnce.Do(loadSpeechWords)
	for k := range toks {
		if toks[k].kind == tWord {
			toks[k].speech = speechWords[toks[k].lower] && !(k > 0 && nounDeterminers[toks[k-1].lower]) && !passiveFrame(toks, k)
		}
	}
}

// frameVerbs, after a form of "be", frame a forecast or an estimate of
// the figure that follows ("Growth is forecast at 1.6 per cent", "The
// cost is estimated at £3m", "Inflation is expected to fall to 2%"):
// rule forecastFrame.
var frameVerbs = setOf(`forecast forecasted expected projected predicted estimated tipped set likely due poised seen`)

// beForms state a frame of rule forecastFrame before its verb.
var beForms = setOf(`is are was were be been`)

// frameAdverbs may stand between "be" and a frame verb ("is now
// forecast", "was widely expected").
var frameAdverbs = setOf(`now still also currently widely generally already again even originally initially previously`)

// passiveFrame is rule forecastFrame's reading of a verb of speech or
// finding: a frame verb after a form of "be" (an adverb or two between)
// is a passive whose subject the figure after it measures ("Growth is now
// forecast at 1.6 per cent"), no verb that opens a reported clause: the
// claim was cut to "at 1.6 per cent next year", its subject "next year".
// With its subject rule and frameCut: lede extract --format json over each text, HEAD ->
// these, 966 quotes-benchmark texts 3 changed (md5 half of the file name
// 1/2), 2,045 go-trafilatura extract texts 12 (6/6), all right (one
// share's subject is longer, with its frame verb, its claim now whole);
// frameCut mended two that had lost a long lead (a share "45% by 2030"
// with the subject "by 2030").
func passiveFrame(toks []token, k int) bool {
	if !frameVerbs[toks[k].lower] {
		return false
	}
	return frameBe(toks, k) >= 0
}

// frameBe returns the index of the "be" of the frame verb at toks[k],
// past at most two adverbs, -1 when there is none.
func frameBe(toks []token, k int) int {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		switch w := toks[m].lower; {
		case beForms[w]:
			return m
		case frameAdverbs[w]:
			continue
		}
		return -1
	}
	return -1
}

// nounDeterminers make the word after them a noun (rule speechNoun).
var nounDeterminers = setOf(`the a an its their his her our my your`)

func tokenize(s string, base int) []token {
	return tokenizeInto(nil, s, base)
}

// tokenizeInto is tokenize into buf[:0], which is grown when it may be too
// small: a token takes a byte at least, so a slice of len(s) tokens holds
// them all without tokenBound's pass. tokenizeInto writes every token
// whole, so nothing of the sentence before shows through.
func tokenizeInto(buf []token, s string, base int) []token {
	// Sized once, the slice is not grown again and again (its appends
	// were half of tokenize's time, same profile as speechWords'), and
	// sized by tokenBound, not by a guess of four bytes a token: a
	// sentence of symbols ("((((", "%%%%", a run of quote marks) makes a
	// token of every byte, and growing a slice of tokens (64 bytes then)
	// from the guess allocated 300 bytes per byte of text (a 1 MB line of
	// "(" took 244 MB of RSS in Extract, 64 MB then).
	toks := buf[:0]
	if cap(toks) < len(s) {
		if n := tokenBound(s); cap(toks) < n {
			toks = make([]token, 0, max(n, 2*cap(toks)))
		}
	}
	i := 0
	prevEnd := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		start := i
		kind := tSym
		switch {
		case unicode.IsDigit(r):
			kind = tNum
			j := i + sz
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				// "1,200" and "3.5": a separator between digits.
				if (c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			i = j
		case unicode.IsLetter(r):
			kind = tWord
			j := i + sz
			for j < len(s) {
				r2, sz2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) {
					j += sz2
					continue
				}
				if r2 == '\'' || r2 == '’' {
					if n, _ := utf8.DecodeRuneInString(s[j+sz2:]); j+sz2 < len(s) && unicode.IsLetter(n) {
						j += sz2
						continue
					}
				}
				break
			}
			i = j
		default:
			i += sz
		}
		t := token{kind: kind, start: base + start, end: base + i, text: s[start:i], gapBefore: start > prevEnd || len(toks) == 0}
		t.lower = strings.ToLower(t.text)
		if kind == tWord && strings.Contains(t.lower, "’") {
			t.lower = strings.ReplaceAll(t.lower, "’", "'")
		}
		toks = append(toks, t)
		prevEnd = i
	}
	return toks
}

// Character classes of tokenBound.
const (
	boundSpace = iota
	boundLetter
	boundDigit
	boundOther
)

// tokenBound is an upper bound on the number of tokens tokenize makes of
// s, in one pass that allocates nothing. tokenize starts a token at a
// non-space rune after a space, after a symbol, or where a letter run
// meets a digit run: letters run on over letters, ASCII digits over ASCII
// digits, and a symbol (anything else, a non-ASCII digit included) is a
// token of its own. So counting every symbol, and every letter or ASCII
// digit whose rune before is of another class, counts each token start at
// least once (apostrophes inside words and separators inside numbers are
// counted though tokenize joins them: the bound is then a little high).
func tokenBound(s string) int {
	n, prev := 0, boundSpace
	for i := 0; i < len(s); {
		c, sz, class := s[i], 1, boundOther
		switch {
		case c >= '0' && c <= '9':
			class = boundDigit
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			class = boundLetter
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			class = boundSpace
		case c >= utf8.RuneSelf:
			var r rune
			r, sz = utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				class = boundLetter
			} else if unicode.IsSpace(r) {
				class = boundSpace
			}
		}
		if class == boundOther || class != boundSpace && class != prev {
			n++
		}
		prev = class
		i += sz
	}
	return n
}

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	// South Asian scales: "₹4,500 crore".
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

// scaleBy is rule decimalScale: v times the scale sc, rounded as the
// decimal the text writes when sc is a power of ten ("$4.1bn" is
// 4100000000, not the binary product 4099999999.9999995). lede extract
// --format json: values of 1 and 5 texts of the quotes-benchmark and
// go-trafilatura extract texts change so, all right.
func scaleBy(v, sc float64) float64 {
	exp := 0
	for p := sc; p >= 10 && math.Mod(p, 10) == 0; p /= 10 {
		exp++
	}
	if exp == 0 || math.Pow10(exp) != sc {
		return v * sc
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return v * sc
	}
	return r
}

// spacedScale is rule spacedScale: the factor of a scale abbreviation
// written apart from the amount before it ("€1 m", "$12.7 bn", "1.5 bn
// dollars"), as some copy and most machine-set text write it; 0 when
// toks[j] is none. It is written in lower case ("$610 M.Sc.", "$1,299
// M Pro" are a degree and a model) and stands alone: a space, a comma
// or the sentence's end after it ("m2", "m/s" or "bnb" are other words);
// "b" and "k" are left out ("$5 b" is rare, "5 k" a distance). lede
// extract --format json over the 966 quotes-benchmark texts and the
// 2,046 go-trafilatura extract texts (package doc): one text
// changed (md5 half 0 of the file name), its 22 amounts in "$12.7 bn"
// style read a billion times larger, all right; with capital "M" as a
// scale two texts of prices (a degree, a model) went wrong.
func spacedScale(toks []token, j int) float64 {
	if j >= len(toks) || toks[j].kind != tWord || !toks[j].gapBefore || toks[j].text != toks[j].lower {
		return 0
	}
	if n := j + 1; n < len(toks) && !toks[n].gapBefore {
		switch {
		case toks[n].text == "," || toks[n].text == ";" || toks[n].text == ")":
		case toks[n].text == "." && (n+1 == len(toks) || toks[n+1].gapBefore):
		default:
			return 0
		}
	}
	switch toks[j].lower {
	case "m", "mn", "bn", "tn", "trn":
		return shortScales[toks[j].lower]
	}
	return 0
}

// shortScales are the abbreviations glued to amounts of money: "£3m", "$1.2bn".
var shortScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}

// maxNumberWordTokens bounds a number written in words: the longest
// English one below a million, "nine hundred and ninety-nine thousand nine
// hundred and ninety-nine", is 13 tokens (hyphens count); 24 leaves room for
// millions. Without a bound, a run of thousands of number words ("one two
// three ...") was read again from each of its words: quadratic, 1.5 s on
// 80 KB.
const maxNumberWordTokens = 24

// extendsNumber reports whether the number word worth n goes on the spoken
// number whose running part is cur: after nothing, after a whole hundred
// ("two hundred five"), or units after tens ("twenty five").
func extendsNumber(cur, n float64) bool {
	tail := int(cur) % 100
	return cur == 0 || tail == 0 && n < 100 || tail >= 20 && tail%10 == 0 && n < 10
}

// numeral reads the figure of a number token ("1,200" is 1200, "3.5").
func numeral(t token) (float64, bool) {
	f, err := strconv.ParseFloat(strings.ReplaceAll(t.text, ",", ""), 64)
	return f, err == nil
}

// parseNumber reads a number at toks[i]: digits ("1,200", "3.5") or words
// ("four", "twenty-five", "a hundred", "two million"), with a following scale
// word ("1.2 billion"). It returns the value, the index after the number and
// whether it was written in words.
func parseNumber(toks []token, i int) (v float64, end int, words bool, ok bool) {
	if i >= len(toks) {
		return 0, i, false, false
	}
	t := toks[i]
	if t.kind == tNum {
		f, ok := numeral(t)
		if !ok {
			return 0, i, false, false
		}
		end = i + 1
		if end < len(toks) && toks[end].kind == tWord {
			if sc, ok := scales[toks[end].lower]; ok && sc >= 1e3 {
				f = scaleBy(f, sc)
				end++
			}
		}
		return f, end, false, true
	}
	if t.kind != tWord {
		return 0, i, false, false
	}
	// Words: "a hundred", "twenty-five", "two million and fifty".
	total, cur := 0.0, 0.0
	j := i
	seen := false
	if (t.lower == "a" || t.lower == "an") && i+1 < len(toks) {
		if _, ok := scales[toks[i+1].lower]; ok || toks[i+1].lower == "dozen" {
			cur = 1
			j = i + 1
		}
	}
	for j < len(toks) && toks[j].kind == tWord && j-i < maxNumberWordTokens {
		w := toks[j].lower
		if n, ok := smallNumbers[w]; ok {
			// "one in eight five years ago": a number word that cannot
			// extend the number so far (units after units or teens, tens
			// after tens) starts another number.
			if seen && !extendsNumber(cur, n) {
				break
			}
			// "twenty-five": tens, a hyphen, units.
			if j+2 < len(toks) && toks[j+1].text == "-" && !toks[j+1].gapBefore && !toks[j+2].gapBefore && n >= 20 {
				if u, ok := smallNumbers[toks[j+2].lower]; ok && u < 10 {
					n += u
					j += 2
				}
			}
			cur += n
			seen = true
			j++
			continue
		}
		// "a dozen", "four dozen": twelve of what comes before; a bare
		// "dozen" ("several dozen") has no value.
		if w == "dozen" && (seen || cur > 0) {
			cur *= 12
			seen = true
			j++
			continue
		}
		if sc, ok := scales[w]; ok && (seen || cur > 0) {
			if cur == 0 {
				cur = 1
			}
			if sc == 100 {
				cur *= sc
			} else {
				total += cur * sc
				cur = 0
			}
			seen = true
			j++
			continue
		}
		if w == "and" && seen && j > i && scales[toks[j-1].lower] > 0 && j+1 < len(toks) {
			if _, ok := smallNumbers[toks[j+1].lower]; ok {
				j++
				continue
			}
		}
		break
	}
	if !seen {
		return 0, i, false, false
	}
	return total + cur, j, true, true
}
