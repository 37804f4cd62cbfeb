package cluster

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/lexicon"
)

// urlDateRe finds a publication date in a URL path, as most news sites
// write it: /2021/04/27/, /2021-04-28/, -2021-04-28/ or /20210427/.
var urlDateRe = regexp.MustCompile(`[/_-]((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2]|[1-9])([/-]?)(0[1-9]|[12]\d|3[01]|[1-9])(?:[/._-]|$)`)

// urlMonthDateRe finds a date written with the month's name, as some
// sites do: /2021/jul/28/, /2021/june/8/.
// The month alternatives are urlMonthPrefixes, in calendar order.
var urlMonthDateRe = regexp.MustCompile(`(?i)/((?:19|20)\d\d)/(` + strings.Join(urlMonthPrefixes, "|") + `)[a-z]{0,6}/(0?[1-9]|[12]\d|3[01])(?:[/._-]|$)`)

// urlMDYRe finds a month-first date: -06-17-2021-.
var urlMDYRe = regexp.MustCompile(`[/_-](0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-((?:19|20)\d\d)(?:[/._-]|$)`)

// urlMonthPrefixes are the first urlMonthPrefixLen letters of the
// lexicon's English month names, in calendar order: a URL writes a month
// either so ("/2021/jul/28/") or whole ("/2021/june/8/"), and
// urlMonthDateRe lets the rest of the name follow the prefix.
var urlMonthPrefixes = func() []string {
	months := lexicon.EnglishMonths()
	for i, m := range months {
		months[i] = m[:urlMonthPrefixLen]
	}
	return months
}()

// urlMonthPrefixLen: three letters tell the English months apart and are
// how URLs abbreviate them ("jan", "sep"), the usual English abbreviation.
const urlMonthPrefixLen = 3

// urlMonths maps a month's prefix, as urlMonthDateRe captures it (lower
// cased), to its number.
var urlMonths = func() map[string]time.Month {
	m := make(map[string]time.Month, len(urlMonthPrefixes))
	for i, p := range urlMonthPrefixes {
		m[p] = time.Month(i + 1)
	}
	return m
}()

// DateFromURL returns the publication date a news URL carries in its path,
// or the zero time. It is an estimate used only when the article states no
// date: the window it sets for clustering is days wide, so a URL dated by
// its section's first edition rather than its update is close enough.
func DateFromURL(u string) time.Time {
	for _, m := range urlDateRe.FindAllStringSubmatch(u, -1) {
		// Separators must agree: "2021/04/27" or "2021-04-28" or "20210427".
		if m[2] != m[4] || m[2] == "" && (len(m[3]) != 2 || len(m[5]) != 2) {
			continue
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[3])
		d, _ := strconv.Atoi(m[5])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d { // 2021/02/31
			continue
		}
		return t
	}
	// Month first, as American sites write it (-06-17-2021-), read only
	// when the day cannot be a month: 05-06-2021 may be either.
	if m := urlMDYRe.FindStringSubmatch(u); m != nil {
		mo, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); d > 12 && t.Day() == d {
			return t
		}
	}
	if m := urlMonthDateRe.FindStringSubmatch(u); m != nil {
		y, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, urlMonths[strings.ToLower(m[2])], d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d {
			return t
		}
	}
	return time.Time{}
}

// urlMonthRe finds a year and month as a path of their own, followed by
// the slug, as some sites date their URLs: /2021/09/why-we-can/.
var urlMonthRe = regexp.MustCompile(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/[^/0-9]`)

// monthFromURL returns the span of the month a news URL names without a
// day (/2021/09/slug), or zero: a constraint for clustering weaker than a
// date, for Cluster to use when neither the article nor DateFromURL gives
// the day.
func monthFromURL(u string) span {
	m := urlMonthRe.FindStringSubmatch(u)
	if m == nil {
		return span{}
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	lo := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
	return span{lo, lo.AddDate(0, 1, -1)}
}
