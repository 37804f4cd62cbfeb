package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence.
var abbreviations = setOf(`mr mrs ms dr st prof gen sen rep gov lt col sgt capt jr sr vs etc
inc ltd co corp dept univ approx est fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft`)

// numberAbbrevs end with a period that does not end a sentence before a
// number: "No. 10", and rule rupeeWord's "Rs. 12,000"; elsewhere "no."
// ends a sentence.
var numberAbbrevs = setOf(`no rs`)

// Sentences splits text into sentences and returns their [start, end) byte
// offsets, white space trimmed. Lines are always breaks; within a line a
// sentence ends at ".", "!" or "?" (and closing quotes) followed by a space
// and a capital, a digit or an opening quote, unless the period ends an
// abbreviation ("Mr.") or an initial ("J.").
func Sentences(text string) [][2]int {
	var out [][2]int
	emit := func(s, e int) {
		for s < e {
			r, sz := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += sz
		}
		for e > s {
			r, sz := utf8.DecodeLastRuneInString(text[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= sz
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
	}
	start := 0
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(start, i)
			start = i + sz
			i += sz
			continue
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j := i + sz
			// Closing quotes and brackets stay with the sentence.
			for j < len(text) {
				c, csz := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '.' || c == '!' || c == '?' {
					j += csz
					continue
				}
				break
			}
			if j < len(text) && text[j] == ' ' {
				k := j
				for k < len(text) && text[k] == ' ' {
					k++
				}
				n, _ := utf8.DecodeRuneInString(text[k:])
				if k < len(text) && (unicode.IsUpper(n) || unicode.IsDigit(n) || n == '"' || n == '“' || n == '‘' || n == '\'') && !(r == '.' && abbrevBefore(text, i)) {
					emit(start, j)
					start = j
				}
			}
			i = j
			continue
		}
		i += sz
	}
	emit(start, len(text))
	return out
}

// abbrevBefore reports whether the period at text[i] ends an abbreviation
// or a single-letter initial.
func abbrevBefore(text string, i int) bool {
	j := i
	for j > 0 {
		r, sz := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= sz
	}
	w := text[j:i]
	if w == "" || j > 0 && text[j-1] >= '0' && text[j-1] <= '9' {
		return false // "1st." is an ordinal ending a sentence
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return true
	}
	if numberAbbrevs[strings.ToLower(w)] {
		k := i + 1
		for k < len(text) && text[k] == ' ' {
			k++
		}
		return k < len(text) && text[k] >= '0' && text[k] <= '9'
	}
	return abbreviations[strings.ToLower(w)]
}
