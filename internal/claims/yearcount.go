package claims

import (
	"strings"
)

// yearHedges and yearHedgePairs are the words of approximation and
// bound that open a count and never a year ("rund 2000 Menschen",
// "environ 2000 personnes", "more than 2000 homes"; a year is "in 2000",
// "seit 2000", "around 2000" alone): rule hedgedYearCount.
var (
	yearHedges = setOf(`rund etwa circa ca knapp fast über environ quelque unos unas aproximadamente casi quasi oltre
quase ongeveer bijna ruim around about nearly almost some roughly approximately`)
	yearHedgePairs = phrasesOf(`plus de|près de|moins de|mehr als|weniger als|más de|menos de|cerca de|alrededor de|più di|meno di|mais de|meer dan|minder dan|more than|fewer than|less than|at least|up to`)
)

// hedgedBefore reports whether a word of yearHedges, or a pair of
// yearHedgePairs, ends right before position i; lower gives a token's
// lower-case text.
func hedgedBefore(i int, lower func(int) string) bool {
	return i >= 1 && yearHedges[lower(i-1)] || i >= 2 && yearHedgePairs[lower(i-2)+" "+lower(i-1)]
}

// hedgedYearCount is rule hedgedYearCount (English): four digits of a
// year's range after a hedge and before a plural noun that is no unit of
// time ("around 2000 people", "more than 1950 homes") count that noun;
// the figure was read as a year and the claim lost. Writers leave the
// thousands separator out of such round counts, as German does of every
// four-digit number. toks[i:j] is the number. A unit of time after it
// ("nearly 2000 years") needs no check here: countUnit counts no time,
// so the figure makes no claim either way.
func hedgedYearCount(toks []token, i, j int) bool {
	if j >= len(toks) || toks[j].kind != tWord || !hedgedBefore(i, func(m int) string { return toks[m].lower }) {
		return false
	}
	w := toks[j].lower
	return (peopleNouns[w] || plural(w)) && !yearNouns[w]
}

// yearNouns are the plurals a year describes after a hedge ("back to
// roughly 2022 levels", "at about 2019 prices"): the figure stays a year.
var yearNouns = setOf(`levels prices figures rates numbers values terms standards elections models`)

// langHedgedYearCount is rule hedgedYearCount in the languages of
// lang.go: four digits of a year's range at toks[k], after a hedge and
// before a word, count ("rund 2000 Menschen", "environ 2000 personnes",
// "unos 1900 vecinos"), no year; the count's rules read the word after
// and keep a verb or an article ("bis etwa 2000 gehörte", "jusqu'à
// environ 2000 la ville") out.
func langHedgedYearCount(toks []ltok, k int) bool {
	t := toks[k]
	if len(t.text) != 4 || strings.ContainsAny(t.text, ".,") || k+1 >= len(toks) || !hedgedBefore(k, func(m int) string { return toks[m].lower }) {
		return false
	}
	return toks[k+1].word
}
