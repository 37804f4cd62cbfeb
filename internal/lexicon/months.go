package lexicon

import (
	_ "embed"
	"iter"
	"slices"
	"strings"
	"sync"
	"time"
)

// The month names of every language a date reader knows (months.txt).
//
//go:embed months.txt
var monthData string

// monthLine is one line of months.txt: a language's names ("=name") or
// short forms ("=abbr"), the forms of month i+1 at i.
type monthLine struct {
	abbr  bool
	lang  string
	forms [12][]string
}

var (
	monthOnce  sync.Once
	monthLines []monthLine
)

func loadMonths() {
	for _, line := range strings.Split(monthData, "\n") {
		fields := strings.Fields(line)
		if len(fields) != 14 || (fields[0] != "=name" && fields[0] != "=abbr") {
			continue
		}
		l := monthLine{abbr: fields[0] == "=abbr", lang: fields[1]}
		for i, f := range fields[2:] {
			if f != "-" {
				l.forms[i] = strings.Split(f, "/")
			}
		}
		monthLines = append(monthLines, l)
	}
}

// MonthNames yields the month names that dates write in full in the
// languages langs (ISO 639-1 codes; every language of months.txt if
// none), lower case, with their month, in the table's order: English
// first. A name two languages write is yielded for each.
func MonthNames(langs ...string) iter.Seq2[string, time.Month] {
	return monthForms(false, langs)
}

// MonthAbbrevs yields the short month forms of the languages langs (every
// language if none) with their month: many are words too ("mar", "set"),
// which a reader of running text takes only between a day and a year.
func MonthAbbrevs(langs ...string) iter.Seq2[string, time.Month] {
	return monthForms(true, langs)
}

func monthForms(abbr bool, langs []string) iter.Seq2[string, time.Month] {
	monthOnce.Do(loadMonths)
	return func(yield func(string, time.Month) bool) {
		for _, l := range monthLines {
			if l.abbr != abbr || (len(langs) > 0 && !slices.Contains(langs, l.lang)) {
				continue
			}
			for i, forms := range l.forms {
				for _, f := range forms {
					if !yield(f, time.Month(i+1)) {
						return
					}
				}
			}
		}
	}
}

// firstMonthNames returns the first name of each month of lang's
// "=name" line (the nominative a sentence names it by), in calendar
// order, "" where the line has "-".
func firstMonthNames(lang string) []string {
	monthOnce.Do(loadMonths)
	var out []string
	for _, l := range monthLines {
		if !l.abbr && l.lang == lang {
			for _, forms := range l.forms {
				if len(forms) == 0 {
					out = append(out, "")
					continue
				}
				out = append(out, forms[0])
			}
		}
	}
	return out
}

// foldRune is rule fold-caps-names: a date line written in capitals
// ("ΤΕΤΑΡΤΗ 12 ΝΟΕΜΒΡΙΟΥ 2025", "12 KASIM 2025") lower-cases to forms the
// table does not write. Greek capitals drop their accents ("νοεμβριου",
// the table's "νοεμβρίου") and their final sigma lowers to σ; Turkish I
// lower-cases to a dotted i where the table writes the dotless ı
// ("kasim", "kasım"), and İ to i with a combining dot above. Both
// spellings fold to one form: Greek accents and dialytika dropped, ς to
// σ, ı to i, the combining dot dropped (-1).
func foldRune(r rune) rune {
	switch r {
	case 'ά':
		return 'α'
	case 'έ':
		return 'ε'
	case 'ή':
		return 'η'
	case 'ί', 'ϊ', 'ΐ':
		return 'ι'
	case 'ό':
		return 'ο'
	case 'ύ', 'ϋ', 'ΰ':
		return 'υ'
	case 'ώ':
		return 'ω'
	case 'ς':
		return 'σ'
	case 'ı':
		return 'i'
	case '\u0307':
		return -1
	}
	return r
}

// FoldName returns w lower case with rule fold-caps-names applied: the
// one form under which month names are matched, whatever the case they
// are written in. It allocates only when w changes.
func FoldName(w string) string { return strings.Map(foldRune, strings.ToLower(w)) }
