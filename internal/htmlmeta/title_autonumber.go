package htmlmeta

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// autoNumberClasses are the class names help-authoring tools give the
// number they set before a topic's heading ("autonumber"). Sphinx's
// "section-number" is not one: its <title> carries the number too, and
// rule titleSectionNumber decides on it with the <title> in view.
var autoNumberClasses = map[string]bool{"autonumber": true}

// autoNumber is rule headingAutoNumber: an element of a heading that a
// documentation generator filled with the topic's number (<h1><span
// class="autonumber">7 - </span>Mounting the Rail</h1>) is the manual's
// furniture, not the title, and came out glued before it ("7 - Mounting
// the Rail"). Only an element so named whose text holds no letter goes:
// a class that styles words keeps them.
func autoNumber(n *html.Node) bool {
	cl := classOf(n)
	if cl == "" {
		return false
	}
	named := false
	for _, w := range strings.Fields(strings.ToLower(cl)) {
		if autoNumberClasses[w] {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	t := strings.TrimSpace(textOf(n, maxBadgeLen+1))
	return t != "" && !strings.ContainsFunc(t, unicode.IsLetter)
}
