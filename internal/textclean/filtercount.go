package textclean

import "strings"

// filterCount is rule filter-count: a shop's or a listing's filter button
// with the number of filters set ("Filters (2)", "Filter (0)"), which
// text extractors keep as a line of its own above the results. The
// listing's words are its items; boilerplate's result-count reads the
// counters that say "applied" or "results", this one the button.
// lede bench extract --text-from on readeck's WCXB texts: 3 listing
// pages up (1 of half a, 2 of half b), none down; the other text-path
// runs, the HTML path, the seed and ana.sh byte-identical.
func filterCount(s string) bool {
	// refused before it is lower-cased: the walk asks of every line
	// (TestTextcleanLinearAlloc's allocations a line)
	if len(s) < len("filter (0)") || s[len(s)-1] != ')' || s[0] != 'f' && s[0] != 'F' {
		return false
	}
	low := strings.ToLower(s)
	rest, ok := strings.CutPrefix(low, "filters (")
	if !ok {
		if rest, ok = strings.CutPrefix(low, "filter ("); !ok {
			return false
		}
	}
	n, ok := strings.CutSuffix(rest, ")")
	if !ok || n == "" || len(n) > maxFilterDigits {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// maxFilterDigits: a shop sets at most a few dozen filters at once.
const maxFilterDigits = 2
