package claims

import (
	"strconv"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// Rule listItemRun's bounds.
const (
	// minListRun is the shortest run of item numbers read as a list: two
	// claims opening with 3 and 4 may be a story's counts, three in a row
	// ("1 ...", "2 ...", "3 ...") are a numbered list.
	minListRun = 3
	// maxListItem is the largest item number of a list that the rule
	// reads: a top-ten or top-thirty list of headlines or tips.
	maxListItem = 30
)

// dropListItemRuns is rule listItemRun: claims whose texts open with
// their own whole number, the numbers rising by one from claim to claim
// ("3 Velmar Energy wins an order for 40 turbines", "4 Harlow Grid opens
// a depot", "5 ..."), are the numbers of a list of headlines, tips or
// table rows that a text extractor flattened, no counts: each counted
// the first word after it (a company's name) or a row's unit. Claims of
// other kinds between the items do not break the run.
func dropListItemRuns(cs []model.Claim) []model.Claim {
	// Most texts have no run: nothing is allocated for them.
	items := 0
	for _, c := range cs {
		if _, ok := listItemNumber(c); ok {
			items++
		}
	}
	if items < minListRun {
		return cs
	}
	drop := make([]bool, len(cs))
	var run []int // indexes of the current run's items
	flush := func() {
		if len(run) >= minListRun {
			for _, i := range run {
				drop[i] = true
			}
		}
		run = run[:0]
	}
	prev := 0 // the number of the run's last item
	for i, c := range cs {
		n, ok := listItemNumber(c)
		if !ok {
			continue
		}
		if len(run) > 0 && n != prev+1 {
			flush()
		}
		run, prev = append(run, i), n
	}
	flush()
	out := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// listItemNumber returns the whole number c's text opens with, when it is
// c's own value and at most maxListItem (rule listItemRun).
func listItemNumber(c model.Claim) (int, bool) {
	if c.Value == nil || c.ValueMax != nil {
		return 0, false
	}
	first, _, _ := strings.Cut(c.Text, " ")
	if first == "" || strings.Trim(first, "0123456789") != "" {
		return 0, false // no number: spare Atoi's error, allocated
	}
	n, err := strconv.Atoi(first)
	if err != nil || n < 1 || n > maxListItem || float64(n) != *c.Value {
		return 0, false
	}
	return n, true
}
