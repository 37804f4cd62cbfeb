package htmlmeta

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/lede-news/lede/internal/lexicon"
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
// read are slashTexts. When they show both orders it returns
// slashUnknown and the language decides; when they show neither, the
// declared dates (rule dateSlashDeclared), then the date's label (rule
// dateSlashLabelLanguage) may settle it.
func (c *collector) shownSlashOrder() int8 {
	texts := c.slashTexts()
	dates := slashDates(texts)
	if len(dates) == 0 {
		// Neither the declared dates nor a label settle dates not shown.
		return slashUnknown
	}
	dayFirst, monthFirst := false, false
	for _, m := range dates {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			dayFirst = true
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			monthFirst = true
		}
	}
	if dayFirst || monthFirst {
		return slashVerdict(dayFirst, monthFirst)
	}
	if o := c.declaredSlashOrder(dates); o != slashUnknown {
		return o
	}
	return labelSlashOrder(texts)
}

// slashVerdict is the order that only one side found evidence for;
// slashUnknown when both did, or neither.
func slashVerdict(dayFirst, monthFirst bool) int8 {
	switch {
	case dayFirst && !monthFirst:
		return slashDayFirst
	case monthFirst && !dayFirst:
		return slashMonthFirst
	}
	return slashUnknown
}

// slashTexts are the texts the slash-order rules read: the page's date,
// byline and labelled texts and the lines after its headline, those
// holding a slash.
func (c *collector) slashTexts() []string {
	var out []string
	for _, group := range [][]string{c.dateTexts, c.afterH1, c.labels.texts, c.labels.bare} {
		for _, t := range group {
			if strings.IndexByte(t, '/') >= 0 {
				out = append(out, t)
			}
		}
	}
	return out
}

// slashDates are the slashed dates of texts (slashDate's submatches), up
// to maxSlashDates per text.
func slashDates(texts []string) [][]string {
	var out [][]string
	for _, t := range texts {
		out = append(out, slashDate.FindAllStringSubmatch(t, maxSlashDates)...)
	}
	return out
}

// dayFirstLabels are publication and update labels of languages whose
// numeric dates put the day first, in small letters: the lexicon's
// (lexicon.DayFirstDateLabels, which the text path reads too).
var dayFirstLabels = lexicon.DayFirstDateLabels()

// labelSlashOrder is rule dateSlashLabelLanguage: a page whose template
// declares English (lang="en", the default of many themes) but labels its
// slashed date in a language that writes the day first ("Publié le
// 12/11/2024 à 08h00", "Pubblicato il 12/11/2024") writes it day first;
// read month first, the publication moved by a month. Only when no shown
// or declared date settles the order; a page with no such label is left
// to its language (slashUnknown).
func labelSlashOrder(texts []string) int8 {
	for _, t := range texts {
		if slashDate.MatchString(t) && containsAny(strings.ToLower(t), dayFirstLabels) {
			return slashDayFirst
		}
	}
	return slashUnknown
}

// isoDay is a declared date's day written in ISO order ("2031-11-12",
// "2031-11-12T08:00:00Z"), the form that needs no slash order to read.
var isoDay = regexp.MustCompile(`^((?:19|20)\d{2})-(\d{2})-(\d{2})`)

// declaredSlashOrder is rule dateSlashDeclared: when no shown date
// settles the order, the dates the page declares in ISO form (JSON-LD
// datePublished, dateModified, the publication and modification metas)
// do: a British site's page marked lang="en" that shows "Published:
// 12/11/2031" and declares 2031-11-12 writes the day first, and read month
// first its shown date overrode the declared one by a month. Only a shown
// date that one order reads as a declared day and the other does not
// counts; when the dates settle both orders, or none, the language decides
// as before (slashUnknown).
func (c *collector) declaredSlashOrder(dates [][]string) int8 {
	declared := map[string]bool{}
	add := func(v string) {
		if m := isoDay.FindStringSubmatch(strings.TrimSpace(v)); m != nil {
			declared[m[1]+"-"+m[2]+"-"+m[3]] = true
		}
	}
	if m := c.ld.main; m != nil {
		for _, k := range []string{"datePublished", "dateModified", "dateCreated"} {
			add(str(m[k]))
		}
	}
	for _, k := range slices.Concat(publishedMetas, modifiedMetas) {
		if vs := c.metas[k]; len(vs) > 0 {
			add(vs[0])
		}
	}
	if len(declared) == 0 {
		return slashUnknown
	}
	dayFirst, monthFirst := false, false
	for _, m := range dates {
		if m[1] == m[2] {
			continue
		}
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		a, b := twoDigits(x), twoDigits(y)
		df, mf := declared[m[3]+"-"+b+"-"+a], declared[m[3]+"-"+a+"-"+b]
		dayFirst = dayFirst || df && !mf
		monthFirst = monthFirst || mf && !df
	}
	return slashVerdict(dayFirst, monthFirst)
}
