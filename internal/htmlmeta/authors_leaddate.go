package htmlmeta

import (
	"regexp"
	"strings"
)

// leadingDate is a date opening a byline, with the mark that may part it
// from the name: month first ("Feb 9, 2026"), day first ("9 February
// 2026", "9. Februar 2026") or in figures ("09.02.2026", "2026-02-09").
// The month word is checked with monthOf.
var leadingDate = regexp.MustCompile(`^(?:(\p{L}{3,14})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(\p{L}{3,14})\.?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4})\s*[·•|,–—-]?\s+`)

// cutLeadingDate is rule authorLeadingDate: a byline that sets the day
// before the name in sibling elements (<span>Feb 9, 2026</span><span>Tamsin
// Orrell</span>, read apart by rule bylineParts as "Feb 9, 2026 Tamsin
// Orrell") was no name at all, and the page lost its author; a name
// followed by its date was already cut at the date. The rest is kept only
// when it reads as a proper name.
func cutLeadingDate(seg string) string {
	if seg == "" || !hasDigit(seg[:min(len(seg), maxLeadingDateBytes)]) {
		return seg
	}
	m := leadingDate.FindStringSubmatchIndex(seg)
	if m == nil {
		return seg
	}
	for g := 1; g <= 2; g++ {
		if m[2*g] >= 0 && monthOf(seg[m[2*g]:m[2*g+1]]) == 0 {
			return seg
		}
	}
	if rest := strings.TrimSpace(seg[m[1]:]); properName(rest) {
		return rest
	}
	return seg
}

// maxLeadingDateBytes: the bytes a leading date may take ("September
// 30th, 2026 ·" and its spaces), where a digit must show before the
// pattern runs.
const maxLeadingDateBytes = 24
