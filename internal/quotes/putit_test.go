package quotes

import "testing"

// TestPutItSubject: in "As X, a role at an institute, put it, "..."", the
// quotation is X's, not the institute's that the "it" resolved to (rule
// putItSubject). Invented text.
func TestPutItSubject(t *testing.T) {
	text := "Harbour talk\n\nThe pier has been shut since March.\n\nAs Tom Reddan, a harbour pilot who teaches at the Orvania Maritime Institute, once put it, \"Who will pay for the repairs?\""
	checkQuoteBy(t, "en", text, spoken{"Who will pay for the repairs?", "Tom Reddan", "Tom Reddan"})
}
