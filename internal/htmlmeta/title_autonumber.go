package htmlmeta

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// autoNumberClass is the class name help-authoring tools give the number
// they set before a topic's heading. Sphinx's "section-number" is not one:
// its <title> carries the number too, and rule titleSectionNumber decides
// on it with the <title> in view.
const autoNumberClass = "autonumber"

// autoNumber is rule headingAutoNumber: an element of a heading that a
// documentation generator filled with the topic's number (<h1><span
// class="autonumber">7 - </span>Mounting the Rail</h1>) is the manual's
// furniture, not the title, and came out glued before it ("7 - Mounting
// the Rail"). Only an element so named whose text holds no letter goes:
// a class that styles words keeps them.
func autoNumber(n *html.Node) bool {
	if !hasWord(classOf(n), autoNumberClass) {
		return false
	}
	t := strings.TrimSpace(textOf(n, maxBadgeLen+1))
	return t != "" && !strings.ContainsFunc(t, unicode.IsLetter)
}
