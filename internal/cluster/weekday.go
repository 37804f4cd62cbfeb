package cluster

import (
	"bytes"

	"github.com/zeebo/xxh3"

	"github.com/lede-news/lede/internal/lexicon"
)

// Rule weekday-clash: two reports that each date what they tell by a
// weekday ("the Senate voted on Tuesday", "sagte am Donnerstag") and
// name no weekday in common tell different days of a saga, not one
// event: news copy dates its event by weekday more than by any other
// means, and weekday names are otherwise stop words here. An article
// joins a story (and two stories merge) at WeekdayClash times their
// similarity when the weekdays of both are known and disjoint; either
// without a weekday joins as before. A story's weekdays are all its
// members', so a story told over several days clashes with less.
//
// Of the pairs of articles that streaming put in one story of
// allsides_roundups_2021 before the rule, 302 named disjoint weekdays,
// only 55 of them of one gold story; 767 shared one, 128 of them wrongly.
// lede bench cluster, BCubed F1 (md5(id) halves): allsides 0.8054 ->
// 0.8240 (0.8771 -> 0.8957, 0.8586 -> 0.8784); newswcl50 1.000,
// wikiref220 0.920 and the copies of synthetic_syndication unchanged.
// At 0.7 allsides 0.819, at 0.8 0.812; at 0.5 newswcl50 falls to 0.984:
// an undated report whose only weekday is a day still to come (a
// meeting announced for later in the week) leaves its story.
const WeekdayClash = 0.6

// weekdayOf maps the hash of a weekday name to its day's bit (Monday
// bit 0) and whether its language writes it in lower case (a capital
// mid-sentence then makes a name: "Domingo", "Mardi Gras"). Portuguese
// names are left out: they are ordinals too ("a segunda vez"). So are the
// other languages the lexicon's calendar holds for datelines (rule
// weekday-clash-languages): many of their names are common words in
// running text ("среда" environment, "minggu" week, Greek's ordinals),
// which would date reports that name no day.
var weekdayOf = func() map[uint64]weekdayName {
	m := map[uint64]weekdayName{}
	for _, d := range lexicon.WeekdayNames() {
		if !weekdayClashLangs[d.Lang] {
			continue
		}
		m[xxh3.HashString(d.Name)] = weekdayName{uint8(1) << ((d.Day + 6) % 7), d.Lang != "en" && d.Lang != "de"}
	}
	return m
}()

// weekdayClashLangs are the languages whose weekday names rule
// weekday-clash reads: English and five of SpeechIn's, whose news names a
// weekday only as a day (Portuguese's are ordinals too).
var weekdayClashLangs = map[string]bool{"en": true, "de": true, "fr": true, "es": true, "it": true, "nl": true}

type weekdayName struct {
	bit   uint8
	lower bool
}

// weekdayBit returns the bit of a body token that names a weekday as a
// date, 0 for any other token. prevName tells whether the token before it
// was capitalised where no sentence starts: "Black Friday", "Super
// Tuesday" are names, not dates.
func weekdayBit(h uint64, t token, prevName bool) uint8 {
	d, ok := weekdayOf[h]
	if !ok || prevName || d.lower && t.cap && !t.sentStart {
		return 0
	}
	return d.bit
}

// Rule weekday-paper: a weekday after "the" and before a word
// capitalised where no sentence starts is the first word of a name, not
// a date: a Sunday paper cited ("the Sunday Ledger reported"), a
// programme ("the Monday Night Quiz"). Counted as a date, a report of
// Tuesday's council vote that quoted a Sunday paper named Sunday alone
// and clashed with the story of the vote (TestClusterWeekdayPaper). The
// date read of "the Tuesday vote" and "on Tuesday Mayor Varnum said"
// stays: after "on", or before a lower-case word, a weekday is a day.
// No set of lede bench cluster holds such a name: their predictions are
// unchanged.

// Rule weekday-after-name: American copy writes the day right after
// its subject, without "on" ("the Harbour Board Tuesday blocked the
// levy", "the mayor told the Halden Post Friday."), and weekdayBit reads
// a weekday after a capitalised word as part of a name ("Super Tuesday",
// "Black Friday"). Such a weekday is a date when the next word is a verb
// of the past (ending in -ed) or of speech (lexicon.IsSpeechVerb: said,
// told), or when a sentence (or the text) ends after it: names of days
// go on with a noun ("Black Friday sales", "Super Tuesday primaries").
// German capitalises every noun, so there a capital before a weekday
// tells nothing and the rule is left out.
//
// lede bench cluster, BCubed F1: allsides 0.8298 -> 0.8309 (md5(id)
// halves 0.9023 -> 0.9030, 0.8872 -> 0.8881; pairs put together: 3
// right new, 2 wrong gone, nothing else moved); newswcl50 1.000,
// wikiref220 0.927 and synthetic_syndication unchanged. Reading every
// weekday after a capitalised word before a lower-case word as a date
// gives 0.8306 but one half drops (0.9023 -> 0.9004): the extra reads
// were right, yet an opinion piece newly dated by one joined a cascade
// of two vaccine mandates announced on Thursdays weeks apart (30 wrong
// pairs new). Adding "to", "that", "as", "in", "for" as next words:
// 0.8302 (0.9018, 0.8874).

// dayAfterName reports whether the token after a weekday that follows a
// capitalised word shows the weekday to be a date (rule
// weekday-after-name).
func dayAfterName(t token) bool {
	if t.sentStart {
		return true
	}
	if t.cap {
		return false
	}
	return bytes.HasSuffix(t.w, []byte("ed")) || lexicon.IsSpeechVerb(string(t.w))
}

// Rule weekday-lede: when the body's opening sentence names a weekday,
// its weekdays are the report's, and the later sentences' are left out.
// News copy tells its event, and the event's day, in the lede; the
// sentences below recall the saga's other days ("The council had approved
// the road on Tuesday") or announce the next ("The House votes on
// Friday"). Read as the report's days, those made a report of Thursday's
// protest share Tuesday with the vote's story, so that the two were one
// (TestClusterWeekdayLede), and gave a report the agreement of its saga's
// other days in the neighbourhood boost. A sentence here ends where the
// tokenizer starts one (at a stop, colon, dash or quotation mark), so an
// opening cut short ("HALDEN —") names no day and the report keeps
// every sentence's weekdays, as before.
//
// Rule weekday-lede-initials: a stop after a single letter ends no
// sentence of the lede: it closes an initial ("Mark T. Hollis") or a
// part of an abbreviation ("U.S.", "D.C."), which American leads are full
// of. allsides 0.8342 -> 0.8355 (halves 0.9054 -> 0.9060, 0.8908 ->
// 0.8917; 15 wrong pairs gone, 2 new; one right pair new, one gone);
// the other sets byte-identical. Titles and months with their dot
// ("Sen.", "Gov.", "Sept.") as well: no further change. The lede up to
// a full stop only (not cut at a colon, dash or quotation mark): 0.8302
// (0.9029, 0.8888); cut at its first comma too: 0.8339 (0.9053, 0.8894).
// With both lede rules (0.8355; 0.9060, 0.8917) re-measured and rejected:
// every weekday after a name before a lower-case word (rule
// weekday-after-name's wide reading): 0.8337 (0.9011, 0.8938); the
// weekday of a dated report's date for a report naming none, in joins
// only: 0.8355 (0.9080, 0.8927), precision 87.9 -> 89.0, recall 79.6 ->
// 78.7 (28 right pairs gone, 9 new): a trade, not a gain.
//
// lede bench cluster, BCubed F1: allsides 0.8309 -> 0.8342 (md5(id)
// halves 0.9030 -> 0.9054, 0.8881 -> 0.8908; pairs put together: 31
// wrong and 5 right gone, 12 wrong and 7 right new); newswcl50 1.000,
// wikiref220 0.927 and synthetic_syndication's copies byte-identical.
// The first two sentences instead: 0.8302 (0.9035, 0.8877); three:
// 0.8313 (0.9028, 0.8881). Also measured and rejected on the way
// (allsides whole, halves; reference 0.8309, 0.9030, 0.8881): weekdays
// after "will", "set", "expected", "ahead", "until", "next" left out as
// days to come, or kept apart as a preview's: 0.8235-0.8297, half b
// 0.8782-0.8844 (a preview of Friday's budget and the reports of its
// release are apart in the gold, but dropping the day cost more); a
// weekday one day from the other's clashing less (0.8 or 1 times the
// similarity instead of WeekdayClash): 0.8141-0.8220 (reports of
// consecutive days are mostly different events of a saga); the weekday
// of an exact date (Doc.Date or the URL's) for a report naming none,
// with the day before or two: 0.8323-0.8350 but half b 0.8839-0.8874,
// in joins only 0.8307 (0.9051, 0.8884); weekday agreement raising the
// join similarity too (1.05-1.67 times): 0.8121-0.8347, half a 0.8735-
// 0.9003; a story's weekdays only those named by at least half (a third)
// as many members as its most named day: 0.8310 (0.9039, 0.8881).

// Rule weekday-compound: German and Dutch write the part of the day
// into the weekday's name, as one word ("am Dienstagabend",
// "Donnerstagnachmittag", "dinsdagavond"), and news of an evening's or a
// morning's event dates it so. Such a word names its weekday as the plain
// name does (weekdayBit, by the weekday part): read as an ordinal word,
// two German reports of a saga's vote and of its protest camp two days
// later, each dated only so, were one story (TestClusterWeekdayCompound).
// A habitual adverb ("dienstagabends", on Tuesday evenings) dates nothing
// and is left out: its final s is no part of the day.
var dayParts = map[string]bool{
	// German
	"morgen": true, "vormittag": true, "mittag": true, "nachmittag": true,
	"abend": true, "nacht": true, "früh": true,
	// Dutch ("morgen" above)
	"ochtend": true, "middag": true, "namiddag": true, "avond": true,
}

// Bounds of a compound's weekday part in bytes: the German and Dutch
// names run from six ("montag", "zondag") to ten ("donnerstag") letters;
// the shortest day part has four ("früh", five bytes).
const (
	compoundDayMin  = 6
	compoundDayMax  = 10
	compoundPartMin = 5
)

// weekdayCompound returns the bit of a body word that joins a weekday's
// name and a part of the day (rule weekday-compound), 0 for any other
// word; prevName as for weekdayBit.
func weekdayCompound(t token, prevName bool) uint8 {
	if len(t.w) < compoundDayMin+compoundPartMin {
		return 0
	}
	for i := compoundDayMin; i <= compoundDayMax && i <= len(t.w)-compoundPartMin; i++ {
		if dayParts[string(t.w[i:])] {
			if b := weekdayBit(xxh3.Hash(t.w[:i]), t, prevName); b != 0 {
				return b
			}
		}
	}
	return 0
}

// weekdaysClash reports whether two weekday masks are both set and
// disjoint (rule weekday-clash).
func weekdaysClash(a, b uint8) bool { return a != 0 && b != 0 && a&b == 0 }

// addDays adds n to the count of each weekday of mask wd.
func addDays(days *[7]int32, wd uint8, n int32) {
	for k := range days {
		if wd&(1<<k) != 0 {
			days[k] += n
		}
	}
}

// weekdaySet holds the hashes of weekdayOf, for the cheap test of every
// stop word.
var weekdaySet = func() hashSet {
	hs := make([]uint64, 0, len(weekdayOf))
	for h := range weekdayOf {
		hs = append(hs, h)
	}
	return newHashSet(hs)
}()
