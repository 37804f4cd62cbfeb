package textclean

import (
	"strings"
	"unicode"

	"github.com/lede-news/lede/internal/lexicon"
)

// Bounds of rule forum-member-card.
const (
	// maxJoinedDateWords bounds the date after "Joined:": a month and a
	// year, or a board's full stamp with its weekday, day, year and time
	// ("Joined: Tue Mar 04, 2031 9:12 pm", six words).
	maxJoinedDateWords = 6
	// minCardYear and maxCardYear bound a year a forum member joined in.
	minCardYear, maxCardYear = 1990, 2099
	// monthStemLen: a month's short form is its name's first three
	// letters ("feb", "sep"; "sept" is read by the table's own forms
	// where it has it).
	monthStemLen = 3
)

// memberCard is rule forum-member-card: text extractors flatten the card
// beside each forum post, the poster's statistics, onto a line of its own:
// "2,318 posts · Joined 2031", or "Joined: Mar 2031" under the name. The
// thread's readers do not read it as a post's words. A sentence that says
// someone joined has no colon straight after the word, or words that are
// no date's ("Joined: the Orvania rowing club" stays).
// lede bench extract --text-from on readeck's WCXB texts: 7 forum pages
// change, 6 up (3 a half) and one of half a down 0.005 (a one-post
// thread); words F1 +0.00005 on each half. The other text-path runs, the
// HTML path, the seed and ana.sh: byte-identical.
func memberCard(s string) bool {
	// a card says "joined"; any other line is refused before it is
	// lower-cased and split (the walk asks of every line: rule
	// TestTextcleanLinearAlloc's allocations a line)
	if !strings.Contains(s, "oined") && !strings.Contains(s, "OINED") {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(s))
	if rest, ok := strings.CutPrefix(low, "joined:"); ok {
		w := strings.Fields(rest)
		return len(w) > 0 && len(w) <= maxJoinedDateWords && cardYear(w) && dateOnlyWords(w)
	}
	// "<count> posts · joined <year>"
	w := strings.Fields(low)
	return len(w) == 5 && numeralCount(w[0]) && (w[1] == "posts" || w[1] == "post") && w[2] == "·" &&
		w[3] == "joined" && cardYear(w[4:])
}

// cardYear: one of the words is a year a member may have joined in.
func cardYear(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if len(w) != 4 {
			continue
		}
		y := 0
		for _, r := range w {
			if r < '0' || r > '9' {
				y = -1
				break
			}
			y = y*10 + int(r-'0')
		}
		if y >= minCardYear && y <= maxCardYear {
			return true
		}
	}
	return false
}

// dateOnlyWords: every word is a figure (a day, a year, a time) or the
// name of a month or a weekday, or "am"/"pm".
func dateOnlyWords(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if w == "" || w == "am" || w == "pm" {
			continue
		}
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		if !dateWords[w] && !cardMonths[w] {
			return false
		}
	}
	return true
}

// cardMonths are the month names and their short forms in every language
// of the lexicon's table: dateWords holds no months (see there). The
// table's short forms leave out the ones a name's first letters make
// (English "feb", "sep"), which boards write most: those are added.
var cardMonths = func() map[string]bool {
	m := map[string]bool{}
	for f := range lexicon.MonthNames() {
		m[f] = true
		if r := []rune(f); len(r) > monthStemLen {
			m[string(r[:monthStemLen])] = true
		}
	}
	for f := range lexicon.MonthAbbrevs() {
		m[f] = true
	}
	return m
}()

// numeralCount: a count as a forum writes it ("7", "2,318", "12.4k").
func numeralCount(w string) bool {
	w = strings.TrimSuffix(w, "k")
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}
