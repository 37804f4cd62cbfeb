package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// germanNounPhrase is rule germanNounPhrase: in German, words in quotation
// marks that no one is said to speak and that are only capitalised words
// and function words ("„Segel über dem Watt“", "„Brot und Fisch“", "„für
// einen Hafen ohne Zaun“") are a title, a name or a term, not a quotation:
// German capitalises every noun, so such a phrase holds no verb (a verb
// or an adjective is lower case). Up to maxNounPhraseWords words and no
// end of sentence; longer ones, and shorter ones with a lower-case word
// of content, stay (rule shortUnattributed drops two words or fewer).
// lede bench quotes (GGT dev, PolNeAR dev all and --direct-only, train):
// byte-identical (English). Over the 2,045 go-trafilatura texts, 105
// unattributed quotes of 67 German texts go: by md5 half of the file
// name, half 0 56 (54 right: titles, product and event names, terms; 2
// wrong: a genuine partial quotation and a sprayed slogan), half 1 49
// (45 right; 4 wrong: two partial quotations of a statement or an author,
// a quoted clause of a contract, a poster's slogan).
func germanNounPhrase(s string) bool {
	s = strings.TrimSpace(s)
	if r, _ := utf8.DecodeLastRuneInString(s); r == '.' || r == '!' || r == '?' || r == '…' {
		return false
	}
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		n++
		if n > maxNounPhraseWords {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !germanFunctionWords[strings.ToLower(w)] {
			return false
		}
	}
	return n > 0
}

// maxNounPhraseWords bounds rule germanNounPhrase: six words, as long as a
// book or event title runs ("Chronik der Fähren der Nordsee").
const maxNounPhraseWords = 6

// germanFunctionWords are the articles, prepositions and conjunctions a
// German noun phrase holds in lower case.
var germanFunctionWords = setOf("der die das des dem den ein eine einer eines einem einen und oder " +
	"von vom zu zum zur für mit ohne im in ins am an ans auf aufs aus bei beim nach über unter vor gegen um durch als wie")
