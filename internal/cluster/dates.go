package cluster

import (
	"slices"
	"time"

	"github.com/lede-news/lede/internal/lexicon"
)

// Rule date-clash: two reports that each name a calendar day in their
// opening ("on Aug. 12", "am 3. März", "le 14 juillet") and name none in
// common tell different days of a saga, as rule weekday-clash tells by
// weekdays: an article joins a story (and two stories merge) at
// WeekdayClash times their similarity when both name such days and share
// none (a clash of weekdays as well is not counted twice). News copy
// writes the day of its event high up, in the lede or the sentences
// below it, once the event is a few days old or when the copy is filed
// late; further down, days are the saga's background ("since the March
// 9 hearing", "the flood of Jan. 4"). So only the body's first
// DateOpening sentences (as rule weekday-lede counts them) are read. A
// day is a month's name in a language of rule weekday-clash (English
// ones capitalised; and the short forms of American copy, Jan. to
// Dec.) beside a figure of one or two digits up to 31, either way round
// ("3 de marzo" in Spanish); no year is needed, none is compared.
//
// lede bench cluster, BCubed F1 (md5(id) halves): allsides 0.8355 ->
// 0.8362 (0.9060 -> 0.9067, 0.8917 -> 0.8939; pairs put together: 41
// wrong and 10 right gone, 11 wrong and 2 right new: the right ones
// lost name the days of what they discuss, emails of one month, a ban
// ending on a later day); wikiref220 0.9273 -> 0.9306 (0.9194 -> 0.9250,
// 0.9435; 10 wrong pairs gone, nothing else); newswcl50 1.000 and the
// copies of synthetic_syndication byte-identical. One streaming order
// is a noisy judge: with the hash of Order salted seven other ways,
// allsides scores 0.8324-0.8378 at the base commit (half a 0.9013-0.9048
// against 0.9060 unsalted). Averaged over the eight orders: allsides
// 0.8350 -> 0.8362 (halves 0.9034 -> 0.9044, 0.8932 -> 0.8954),
// wikiref220 0.9255 -> 0.9276, newswcl50 1.000. The opening's length:
// 3 sentences 0.8360 (0.9063 / 0.8935), 4 0.8370 (0.9063 / 0.8941), 6
// as 5; 8 wikiref220 0.9225, the whole text 0.8880 (its stories are
// people and clubs over years, whose reports name many days: one
// report's day parts a large story). Ordinal figures read as days too
// ("July 4th"): wikiref220 0.9225. In the neighbourhood boost as well (a
// neighbour naming other days is a farther one), measured on an earlier
// reading of full names only: no further change; a neighbour naming the
// same day as a nearer one: none either. Rejected as well (measured
// on the rule as kept): the opening sentence's days alone when it names
// one, as rule weekday-lede reads weekdays: unchanged; a day shared
// raising the join similarity 1.1 / 1.25 / 1.5 times: 0.8356 / 0.8359 /
// 0.8366 (half a 0.9072 / 0.9065 / 0.9056, half b 0.8935 / 0.8947 /
// 0.8944), wikiref220 unchanged; a day after "the" taken for a name
// ("the Jan. 4 flood", "the March 9 hearing"), as rule weekday-paper
// takes a weekday: halves unchanged, whole 0.8354. Cost: none measurable (`lede
// bench cluster --generate 100000`, user time 8.8-9.1 s both, base and
// rule alternated).
const DateOpening = 5

// monthWord is a month's name or short form as the date-clash rule reads
// it.
type monthWord struct {
	month time.Month
	// capital: English writes the name with a capital; in lower case it
	// is a word ("may", "march").
	capital bool
}

// monthWords maps the month names of the languages of rule weekday-clash
// (weekdayClashLangs), and the short forms of American copy, to their
// month.
var monthWords = func() map[string]monthWord {
	m := map[string]monthWord{}
	for l := range weekdayClashLangs {
		for w, mo := range lexicon.MonthNames(l) {
			m[w] = monthWord{mo, m[w].capital || l == "en"}
		}
	}
	for w, mo := range map[string]time.Month{
		"jan": time.January, "feb": time.February, "aug": time.August,
		"sept": time.September, "sep": time.September, "oct": time.October,
		"nov": time.November, "dec": time.December,
	} {
		m[w] = monthWord{mo, true}
	}
	return m
}()

// dayReader reads calendar days from a text's tokens in order (rule
// date-clash).
type dayReader struct {
	month time.Month // the token before named a month
	day   int        // the token before was a day's number
}

// next returns the day that token t completes (see dayKey), else 0.
func (r *dayReader) next(t token) uint16 {
	if r.day != 0 && string(t.w) == "de" {
		r.month = 0 // Spanish: "el 3 de marzo"
		return 0
	}
	var mo time.Month
	if m, ok := monthWords[string(t.w)]; ok && (t.cap || !m.capital) {
		mo = m.month
	}
	d := dayNumber(t.w)
	var key uint16
	switch {
	case d != 0 && r.month != 0:
		key = dayKey(r.month, d)
	case mo != 0 && r.day != 0:
		key = dayKey(mo, r.day)
	}
	r.month, r.day = mo, d
	return key
}

// dayKey numbers a calendar day (never 0).
func dayKey(m time.Month, d int) uint16 { return uint16(m)<<5 | uint16(d) }

// dayNumber returns the day of the month a token writes ("12", "3"),
// else 0.
func dayNumber(w []byte) int {
	if len(w) == 0 || len(w) > 2 {
		return 0
	}
	n := 0
	for _, b := range w {
		if b < '0' || b > '9' {
			return 0
		}
		n = 10*n + int(b-'0')
	}
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// addDay adds key to the sorted set days.
func addDay(days []uint16, key uint16) []uint16 {
	i, found := slices.BinarySearch(days, key)
	if found {
		return days
	}
	return slices.Insert(days, i, key)
}

// daysClash reports whether a document's days and a story's are both
// known and disjoint (rule date-clash).
func daysClash(days []uint16, story map[uint16]int32) bool {
	if len(days) == 0 || len(story) == 0 {
		return false
	}
	for _, k := range days {
		if story[k] > 0 {
			return false
		}
	}
	return true
}

// storyDaysClash is daysClash for two stories.
func storyDaysClash(a, b map[uint16]int32) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for k := range a {
		if b[k] > 0 {
			return false
		}
	}
	return true
}

// countDays adds n to the count of each of days in *m.
func countDays(m *map[uint16]int32, days []uint16, n int32) {
	if len(days) == 0 {
		return
	}
	if *m == nil {
		*m = make(map[uint16]int32, len(days))
	}
	for _, k := range days {
		if v := (*m)[k] + n; v > 0 {
			(*m)[k] = v
		} else {
			delete(*m, k)
		}
	}
}
