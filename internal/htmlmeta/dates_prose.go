package htmlmeta

import (
	"strings"
	"unicode"
)

// proseLine is rule dateProseLine: the lines after the headline are read
// for the byline's date, and on a page that declares none the article's
// first sentence was read too: a date it mentions ("The vote is set for
// March 5, 2031.", "The festival runs from 12 June to 15 June 2031.") was
// taken as the publication date. A line that is a sentence of prose,
// ending as one and holding at least minProseWords words of letters,
// with no publication or update label, no credit ("By", "Von") and no
// verb of posting in it, dates no page; date lines and bylines are short
// and unpunctuated, or labelled, and the sentence a blog theme writes
// under a post names its posting (creditVerb, and German "gepostet").
func proseLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || !strings.ContainsRune(".!?", rune(t[len(t)-1])) {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(t) {
		if !strings.ContainsFunc(w, unicode.IsDigit) && strings.ContainsFunc(w, unicode.IsLower) {
			words++
		}
	}
	if words < minProseWords || datelineLead(t) {
		return false
	}
	return pubLabels.index(t) < 0 && indexAny(t, pubLabelStop) < 0 && !inlineCredit.MatchString(t) &&
		!creditVerb.MatchString(t) && !strings.Contains(t, "gepostet")
}

// datelineLead reports a line that opens with a dateline, a date (and a
// place) set off by a dash before the text ("Orvania, 5 March 2031 – The
// council ...", "5.3.2031 - Der Stadtrat ..."): press releases and wire
// copy date themselves so, and that date is the page's.
func datelineLead(t string) bool {
	i := indexAny(t, datelineDashes)
	return i > 0 && i <= maxDatelineLead && strings.ContainsFunc(t[:i], unicode.IsDigit)
}

// datelineDashes set a dateline off from the text.
var datelineDashes = []string{" – ", " — ", " - ", " -- ", " —", "– "}

// maxDatelineLead: a dateline's place and date fit in this many bytes
// ("Orvania-on-Sea, Wednesday, 5 March 2031").
const maxDatelineLead = 60

// minProseWords: a sentence of this many words of letters besides its
// date is prose; the longest date lines ("Published on Friday, the third
// of March") stay under it, and they carry a label anyway.
const minProseWords = 6
