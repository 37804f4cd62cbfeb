package textclean

import (
	"slices"
	"strings"
)

// tocHeaders head a table of contents, lower case, without a closing ':'
// ("Table of Contents", "In this article", "Inhaltsverzeichnis",
// "Sommaire", "Spis treści").
var tocHeaders = []string{"table of contents", "contents", "in this article", "in this story", "on this page", "jump to",
	"inhaltsverzeichnis", "inhalt", "sommaire", "índice", "indice", "índice de contenidos", "spis treści", "inhoudsopgave", "inhoud"}

// Bounds of rule toc-list: a table of contents lists a few to a few dozen
// crossheads, each one short.
const (
	maxTOCItems   = 40
	minTOCItems   = 2
	maxTOCItemLen = 120
	// maxTOCHeader: the longest of tocHeaders with a closing ": "
	maxTOCHeader = len("índice de contenidos: ")
	// maxTOCs: a page has one table of contents, a long one a few; the
	// bound keeps the search for each item's crosshead linear in a
	// hostile text of headers.
	maxTOCs = 3
)

// tocList is rule toc-list: a table of contents header ("Table of
// Contents", "Inhalt") and the lines under it that each come again,
// whole, further down as the crossheads they link to: the lines are the
// entries of a list (block), where they stood as paragraphs, and the
// crossheads stay where they head their sections. The header keeps what
// the other rules make of it. They are not removed: the WCXB gold bodies
// keep such lists (removed, the WCXB titles run lost them on pages of both
// halves, though readeck's WCXB texts gained words_article P half 1 0.941
// -> 0.942 and extract/ snippets P half 0 0.909 -> 0.911: lede bench
// extract --cases ../shared/bench/{extract,extract-wcxb}/cases.jsonl
// --text-from <a peer's texts> --halves, and the WCXB titles run, its
// --text-from the cases' own title and body, with the entries removed).
// It returns the number of lines, header and entries (0: no such list;
// fewer than minTOCItems entries recurring is no table of contents).
func (p *parser) tocList(i int) int {
	if p.tocs >= maxTOCs {
		return 0
	}
	if len(p.lines[i]) > maxTOCHeader {
		return 0 // lower-cased below: every line would be copied
	}
	h := strings.ToLower(strings.TrimSpace(strings.TrimRight(p.lines[i], ": ")))
	if !slices.Contains(tocHeaders, h) {
		return 0
	}
	n := 0
	for k := i + 1; k < len(p.lines) && n < maxTOCItems; k++ {
		item := p.lines[k]
		if len(item) > maxTOCItemLen || strings.Contains(item, "\n") || !recursBelow(p.lines, k, item) {
			break
		}
		n++
	}
	if n < minTOCItems {
		return 0
	}
	p.tocs++
	return n + 1
}

// recursBelow: item stands again, a whole line, below lines[k] (a block
// of several lines counts each).
func recursBelow(lines []string, k int, item string) bool {
	for j := k + 1; j < len(lines); j++ {
		for l := range strings.SplitSeq(lines[j], "\n") {
			if strings.EqualFold(strings.TrimSpace(l), item) {
				return true
			}
		}
	}
	return false
}
