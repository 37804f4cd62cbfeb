package htmlmeta

import "strings"

// leadInHeading reports whether a heading ends in a colon: it introduces
// what follows it ("A word from our editor:", "Topics include:") rather
// than naming the page (rule titleLeadInHeading).
func leadInHeading(h string) bool {
	return strings.HasSuffix(strings.TrimSpace(h), ":")
}
