package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/lexicon"
)

// Token is a word or a punctuation mark of a text, with its byte span.
type Token struct {
	Start, End int
	Text       string
	// Word is true for words (letters, digits, inner apostrophes, hyphens and
	// abbreviation dots); false for punctuation.
	Word bool
	// Cap is true for words whose first letter is upper case.
	Cap bool
}

// abbrevs are words written with a trailing dot that does not end a sentence
// ("Mr. Hunt", "Sen. Warren"); the dot is kept inside the token. The
// months' are added by withAPMonthAbbrevs.
var abbrevs = withAPMonthAbbrevs(map[string]bool{
	"mr": true, "mrs": true, "del": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"st": true, "jr": true, "sr": true, "rev": true, "hon": true, "pres": true, "supt": true,
	"insp": true, "det": true, "adm": true, "maj": true, "cpl": true, "pvt": true, "messrs": true,
	"mt": true, "ft": true, "no": false, "vs": true, "etc": false, "inc": true, "corp": true,
	"co": true, "ltd": true, "u.s": true, "u.k": true, "d.c": true, "a.m": true, "p.m": true,
	"cllr": true, // rule ukCouncillor ("Cllr. Gale"), an honorific too
})

// withAPMonthAbbrevs adds to m the month abbreviations news copy writes
// with a dot, read from the lexicon's English month names by AP style:
// a month longer than five letters is cut to three ("Jan.", "Aug.", "Dec.")
// but September to four ("Sept."); March to July are written whole, so
// "May." or "Jul." ends a sentence or is no date.
func withAPMonthAbbrevs(m map[string]bool) map[string]bool {
	for _, month := range lexicon.EnglishMonths() {
		switch {
		case month == "september":
			m["sept"] = true
		case len(month) > apMonthWholeMax:
			m[month[:3]] = true
		}
	}
	return m
}

// apMonthWholeMax is the longest month name AP style writes whole
// ("March", "April", "June", "July" and "May"; AP Stylebook, "months").
const apMonthWholeMax = 5

// IsAbbrev reports whether w (without its dot) is a known abbreviation, a
// single letter (an initial) or a dotted acronym such as "U.S".
func IsAbbrev(w string) bool {
	lw := strings.ToLower(w)
	if abbrevs[lw] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	// Dotted acronyms: letters in groups of one or two ("U.S", "D.C", "Ph.D").
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if part == "" || len(part) > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokenize splits text into word and punctuation tokens; white space is dropped.
func Tokenize(text string) []Token {
	// Sized by tokenBound, not by a guess of five bytes a token: a text of
	// symbols ("((((", a run of quote marks) makes a token of every byte,
	// and growing a slice of 40-byte tokens from the guess allocated about
	// 200 bytes per byte of text (fuzz finding F1: AnalyzeLang on 1 MB of
	// "(" took 197 MB; TestTokenizeAlloc).
	toks := make([]Token, 0, tokenBound(text))
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, Token{Start: i, End: i + sz, Text: text[i : i+sz]})
			i += sz
			continue
		}
		j := i + sz
		for j < len(text) {
			r2, sz2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += sz2
				continue
			}
			// Inner apostrophes, hyphens and dots join when a word rune follows
			// ("O'Brien", "vice-president", "U.S", "3.5").
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || groupingComma(text, j, r2) {
				if j+sz2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+sz2:])
					if isWordRune(r3) {
						j += sz2
						continue
					}
				}
			}
			break
		}
		w := text[i:j]
		// Keep the dot of an abbreviation or an initial inside the token.
		if j < len(text) && text[j] == '.' && IsAbbrev(w) {
			j++
		}
		toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Word: true, Cap: unicode.IsUpper(r)})
		i = j
	}
	return toks
}

// groupingComma is rule groupedDigits: a comma at j set between a digit
// and a group of exactly three digits, with no space on either side,
// groups a figure's thousands ("12,500 workers", "a staff of 1,350"); it
// is part of the number, so the word token runs on over it. Split, the
// comma was read as a clause's edge by the rules that walk tokens: a
// role before it ran up to "12" and the phrase after it started at
// "500". A comma after a digit and before a space ("in 2020, 300
// people") still ends the figure; a decimal comma ("3,5 Prozent") is
// left split as before: a German clause around it read as a source
// (a relative "laut der" before a decimal figure), so joining it lost
// more than it gained. Over the 2,065 extracted texts 2 records change
// (md5 half a): 4 study sources read whole (right) and a request with a
// figure newly read as a survey's report (wrong: quotes reads "we asked
// N people to ..." as reported speech at any figure); over the 966
// quote texts one (half b), a transcript's paragraph of a speech newly
// found, its source the label PolNeAR marks. lede bench quotes: PolNeAR
// train scores unchanged on both halves (half b 4797 -> 4798 mention
// pairs), PolNeAR dev (all and --direct-only) and GGT dev
// byte-identical; people, organisations, places unchanged.
func groupingComma(text string, j int, r rune) bool {
	if r != ',' || j == 0 || !isDigitByte(text[j-1]) {
		return false
	}
	for k := 1; k <= thousandsGroup; k++ {
		if j+k >= len(text) || !isDigitByte(text[j+k]) {
			return false
		}
	}
	return j+thousandsGroup+1 >= len(text) || !isDigitByte(text[j+thousandsGroup+1])
}

// thousandsGroup is the number of digits a grouping comma sets apart.
const thousandsGroup = 3

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// tokenBound is an upper bound on the number of tokens Tokenize makes of
// text, in one pass that allocates nothing (claims' tokenBound is the
// model). Tokenize starts a token at every non-space rune that is no word
// rune, and at a word rune after a rune that is none (a word token runs
// on over word runes; the joiners it takes in, "O'Brien", "3.5", and an
// abbreviation's dot are counted as starts, so the bound is a little
// high there).
func tokenBound(text string) int {
	n, prevWord := 0, false
	for i := 0; i < len(text); {
		c, sz := text[i], 1
		word, space := false, false
		switch {
		case '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			word = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = true
		case c >= utf8.RuneSelf:
			var r rune
			r, sz = utf8.DecodeRuneInString(text[i:])
			word, space = isWordRune(r), unicode.IsSpace(r)
		}
		if !space && !(word && prevWord) {
			n++
		}
		prevWord = word
		i += sz
	}
	return n
}

// Bare returns the word without a trailing abbreviation dot or possessive
// ("Trump’s" → "Trump", "Mr." → "Mr").
func Bare(w string) string {
	w = strings.TrimSuffix(w, ".")
	for _, s := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return w[:len(w)-len(s)]
		}
	}
	return w
}
