package htmlmeta

import (
	"strings"
	"unicode"
)

// dropIconGlyphs is rule titleIconGlyph: icon fonts (the symbol sets a
// theme loads for its arrows, link marks and play buttons) draw their
// pictures from characters of Unicode's private-use areas, and templates
// type them into the heading's own text ("\ue80d Ferry fares rise again").
// A reader without the font, and every tool downstream, sees an empty box
// there; no language writes its headlines in these characters. They go,
// with the space they leave behind.
func dropIconGlyphs(t string) string {
	if !strings.ContainsFunc(t, isPrivateUse) {
		return t
	}
	return clean(strings.Map(func(r rune) rune {
		if isPrivateUse(r) {
			return -1
		}
		return r
	}, t))
}

// isPrivateUse reports a character of the private-use areas (U+E000-U+F8FF
// and the two supplementary planes), where icon fonts keep their glyphs.
func isPrivateUse(r rune) bool {
	return unicode.Is(unicode.Co, r)
}
