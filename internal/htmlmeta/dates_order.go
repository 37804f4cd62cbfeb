package htmlmeta

import (
	"regexp"
	"strconv"
	"strings"
)

// The values of collector.slashOrder.
const (
	slashUnread int8 = iota
	slashDayFirst
	slashMonthFirst
	slashUnknown
)

// slashDate is a numeric date with slashes and a four-digit year.
var slashDate = regexp.MustCompile(`(?:^|[^\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?:[^\d/]|$)`)

// maxSlashDates bounds the slashed dates read per text.
const maxSlashDates = 4

// shownSlashOrder is rule dateSlashOrder: a site writes all its slashed
// dates in one order, so a date the page shows that only one order reads
// ("25/03/2031": no 25th month; "03/25/2031") settles the ambiguous ones
// ("Updated: 03/12/2031") of the same page, before the page's language
// is guessed from (an "en" page of a British site writes the day first;
// a page with no language, the month first when it so shows). The texts
// read are the page's date, byline and labelled texts and the lines
// after its headline; when they show both orders, or none, it returns
// slashUnknown and the language decides as before.
func (c *collector) shownSlashOrder() int8 {
	dayFirst, monthFirst := false, false
	for _, group := range [][]string{c.dateTexts, c.afterH1, c.labels.texts, c.labels.bare} {
		for _, t := range group {
			if strings.IndexByte(t, '/') < 0 {
				continue
			}
			for _, m := range slashDate.FindAllStringSubmatch(t, maxSlashDates) {
				a, _ := strconv.Atoi(m[1])
				b, _ := strconv.Atoi(m[2])
				switch {
				case a > 12 && a <= 31 && b >= 1 && b <= 12:
					dayFirst = true
				case b > 12 && b <= 31 && a >= 1 && a <= 12:
					monthFirst = true
				}
			}
		}
	}
	switch {
	case dayFirst && !monthFirst:
		return slashDayFirst
	case monthFirst && !dayFirst:
		return slashMonthFirst
	}
	return slashUnknown
}
