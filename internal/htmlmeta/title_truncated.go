package htmlmeta

import (
	"strings"
	"unicode/utf8"
)

// minTruncatedOpenWords: the opening words a truncated metadata title and
// the page's heading must share to name the same page; one word ("Guide",
// "How") is shared by too many unrelated headings.
const minTruncatedOpenWords = 2

// truncatedTitle reports whether a metadata title ends cut off with an
// ellipsis ("Tide Tables Tide Charts Harbour Tide…"): an SEO plugin or a
// template trims a long title to a fixed length and marks the cut.
func truncatedTitle(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
}

// truncatedMetaH1 is rule titleTruncatedMeta: a metadata title cut off
// with an ellipsis (a keyword string an SEO template trimmed to its
// length, "Tide Tables Tide Charts Harbour Tide…") is not the whole
// headline a reader sees; the page's <h1> outside the chrome that opens
// with the same words ("Tide Tables :: Printable Harbour Almanac") is.
// A heading that opens otherwise names something else on the page (a
// gallery, a sidebar) and the metadata title stays; a heading that is
// itself cut off is no better.
func truncatedMetaH1(h1s []h1Cand, t string) string {
	if !truncatedTitle(t) {
		return ""
	}
	open := openingWords(t, minTruncatedOpenWords)
	if open == "" {
		return ""
	}
	for _, h := range h1s {
		if h.inChrome || truncatedTitle(h.text) || utf8.RuneCountInString(h.text) < minH1Runes {
			continue
		}
		if openingWords(h.text, minTruncatedOpenWords) == open {
			return h.text
		}
	}
	return ""
}

// openingWords is the first n words of s folded by foldKey and joined by
// a space, or "" when s has fewer words that hold a letter or digit.
func openingWords(s string, n int) string {
	var out []string
	for _, w := range strings.Fields(s) {
		if k := foldKey(w); k != "" {
			out = append(out, k)
			if len(out) == n {
				return strings.Join(out, " ")
			}
		}
	}
	return ""
}
