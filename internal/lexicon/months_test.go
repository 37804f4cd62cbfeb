package lexicon

import (
	"iter"
	"maps"
	"strings"
	"testing"
	"time"
)

// TestMonthLines: every month line of months.txt has its kind, a language
// code and twelve months; loadMonths skips any other line, which would
// lose a language silently.
func TestMonthLines(t *testing.T) {
	for _, line := range strings.Split(monthData, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if (f[0] != "=name" && f[0] != "=abbr") || len(f) != 14 || len(f[1]) != 2 {
			t.Errorf("months.txt line %q: want =name or =abbr, a language code and 12 months", line)
		}
	}
}

// TestMonthTableOneMonth: a form means one month in every language that
// writes it, so the readers, which merge the languages into one map, need
// no order among them.
func TestMonthTableOneMonth(t *testing.T) {
	seen := map[string]time.Month{}
	for _, forms := range []func(...string) iter.Seq2[string, time.Month]{MonthNames, MonthAbbrevs} {
		for n, m := range forms() {
			if n == "" || n == "-" || strings.ToLower(n) != n {
				t.Errorf("month form %q: want a lower-case word", n)
			}
			if prev, ok := seen[n]; ok && prev != m {
				t.Errorf("%q is %v and %v", n, prev, m)
			}
			seen[n] = m
		}
	}
}

func TestMonthNamesByLanguage(t *testing.T) {
	got := maps.Collect[string, time.Month]
	ca := got(MonthNames("ca"))
	if len(ca) != 12 || ca["gener"] != time.January || ca["desembre"] != time.December {
		t.Errorf("MonthNames(ca) = %v, want Catalan's twelve", ca)
	}
	sr := got(MonthNames("sr"))
	if sr["новембра"] != time.November || sr["aprila"] != time.April {
		t.Errorf("MonthNames(sr) misses the genitive: %v", sr)
	}
	// Left out on purpose: Malay "mac", Czech "pro", "des", and Croatian
	// October "listopad" (Czech and Polish November).
	left := got(MonthNames("ms", "cs", "id", "hr"))
	maps.Copy(left, got(MonthAbbrevs("ms", "cs", "id", "hr")))
	for _, n := range []string{"mac", "pro", "des"} {
		if m, ok := left[n]; ok {
			t.Errorf("the month table yields %q (%v), left out on purpose", n, m)
		}
	}
	if m, ok := got(MonthNames("hr"))["listopad"]; ok {
		t.Errorf("Croatian yields listopad (%v): Czech and Polish November", m)
	}
	ab := got(MonthAbbrevs("tr", "ru"))
	for _, c := range []struct {
		name string
		want time.Month // 0: not yielded
	}{
		{"kas", time.November},
		{"ağu", time.August},
		{"сен", time.September},
		{"сент", time.September}, // a second form
		{"led", 0},               // Czech: not asked for
		{"-", 0},                 // the placeholder is no name
		{"ноября", 0},            // a name, not a short form
	} {
		if ab[c.name] != c.want {
			t.Errorf("MonthAbbrevs(tr, ru)[%q] = %v, want %v", c.name, ab[c.name], c.want)
		}
	}
	if len(ab) != 24 {
		t.Errorf("MonthAbbrevs(tr, ru) yields %d forms, want 24", len(ab))
	}
}

// TestFoldName is rule fold-caps-names: a name in capitals folds to the
// form its lower-case spelling folds to.
func TestFoldName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ΝΟΕΜΒΡΙΟΥ", "νοεμβριου"},
		{"νοεμβρίου", "νοεμβριου"},
		{"ΜΑΪΟΣ", "μαιοσ"},
		{"μαΐος", "μαιοσ"},
		{"KASIM", "kasim"},
		{"kasım", "kasim"},
		{"EKİM", "ekim"},
		{"ARALIK", "aralik"},
		{"März", "märz"}, // other accents stay
		{"października", "października"},
		{"listopad", "listopad"},
	} {
		if got := FoldName(c.in); got != c.want {
			t.Errorf("FoldName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMonthTableOneMonthFolded: folded (rule fold-caps-names), a form
// still means one month in every language that writes it, so a name
// read in capitals cannot take another language's month.
func TestMonthTableOneMonthFolded(t *testing.T) {
	seen := map[string]string{}
	month := map[string]time.Month{}
	for _, forms := range []func(...string) iter.Seq2[string, time.Month]{MonthNames, MonthAbbrevs} {
		for n, m := range forms() {
			f := FoldName(n)
			if prev, ok := month[f]; ok && prev != m {
				t.Errorf("%q (%v) folds to %q, as %q (%v) does", n, m, f, seen[f], prev)
			}
			seen[f], month[f] = n, m
		}
	}
}
