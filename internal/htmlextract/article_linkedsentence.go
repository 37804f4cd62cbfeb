package htmlextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// minLinkedSentenceWords: a statement rule "linked-sentence" spares has a
// subject, a verb and what it says; a teaser's title ("How to plan a
// ferry trip") or a label and a title run shorter or carry a colon.
const minLinkedSentenceWords = 8

// linkCallWords open a linked line that sends the reader elsewhere: an
// imperative ("Read ...", "Shop ...") or a teaser's label ("More ...",
// "Related ..."), lower-cased.
var linkCallWords = map[string]bool{
	"read": true, "learn": true, "find": true, "check": true, "see": true, "click": true, "tap": true,
	"explore": true, "discover": true, "get": true, "shop": true, "download": true, "register": true,
	"meet": true, "try": true, "sign": true, "join": true, "visit": true, "book": true, "reach": true,
	"watch": true, "buy": true, "subscribe": true, "contact": true, "start": true, "follow": true,
	"listen": true, "take": true, "view": true, "donate": true, "add": true, "more": true, "also": true,
	"related": true, "compare": true, "order": true, "call": true, "grab": true, "save": true,
	"request": true, "schedule": true, "claim": true, "enroll": true, "apply": true, "browse": true,
	"go": true, "use": true, "jump": true, "skip": true, "continue": true, "back": true, "return": true,
}

// englishFunctionWords: the rule reads its statements in English, as its
// list of calls is English; a sentence holds one of these words or is of
// another language, whose calls the list would miss ("Die Bilder vom
// Hafenfest stehen unten zum Herunterladen bereit.").
var englishFunctionWords = map[string]bool{
	"the": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"can": true, "will": true, "of": true, "and": true, "for": true, "with": true, "this": true, "that": true,
}

// linkedSentence is rule "linked-sentence": a paragraph that rule
// "link-line" would take for being nearly all link, yet reads as a
// statement of the text (minLinkedSentenceWords words or more, opening
// with a letter and not with a call or a teaser's label, no label colon
// near its start, no question, ending in a full stop, in English: see
// englishFunctionWords) is prose whose
// writer linked the whole sentence to a source: "Households that replace
// their boilers this winter can claim a rebate from the region." linked
// to the rebate's page. A teaser's title, "Read more: ...", "Order the
// ... today" and "Can a ferry run on batteries? Here is what we found."
// still go.
func linkedSentence(n *html.Node) bool {
	var buf [linkParaMax + 1]byte
	b, ok := appendWords(buf[:0], n)
	if !ok {
		return false
	}
	t := string(b)
	if !strings.HasSuffix(t, ".") || strings.ContainsAny(t, "?") {
		return false
	}
	words := strings.Fields(t)
	if len(words) < minLinkedSentenceWords {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) {
		return false
	}
	for _, w := range words[:4] {
		if strings.ContainsAny(w, ":：|»›") {
			return false
		}
	}
	first := lowerWord(words[0])
	if linkCallWords[first] {
		return false
	}
	for _, w := range words {
		if englishFunctionWords[lowerWord(w)] {
			return true
		}
	}
	return false
}

// lowerWord returns w lower-cased without the marks after its letters
// ("Read:" -> "read", "He's" stays "he's"), as the word lists of rules
// "linked-sentence" and "lead-bio" hold their words.
func lowerWord(w string) string {
	return strings.ToLower(strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
}
