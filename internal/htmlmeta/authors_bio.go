package htmlmeta

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/people"
)

// bioName is rule authorBioName: a post whose byline no rule reads often
// ends (or opens) with its writer's box, set in plain elements with no
// class a byline rule knows: the name alone in a heading or a short
// element, then a biography that opens with that name, or its given name,
// and a verb of being or having ("<h3>Dana Tarrant</h3><p>Dana Tarrant is
// a travel writer based in ...</p>", "<p>Dana Tarrant</p><h6>Sales
// Lead</h6><p>Dana has ...</p>"). The name is the author, when the page
// holds one such box: several are a team's or a list of experts' cards.
// A biography further than maxBioGap texts from the name belongs to
// something else. lede bench extract: extract-wcxb author 0.874 -> 0.879
// and 0.833 -> 0.838 on the md5 halves (four pages gain their writer,
// none changes otherwise), extract/ identical (counted as doc.go says,
// by hand when the rule came in, a33318d3). The walk runs only on
// pages no other rule credits a person, and builds the text of the
// elements shaped like a name only (nameShaped).
func bioName(doc *html.Node) string {
	name, gap := "", 0
	var found []string
	findInPage(doc, func(n *html.Node) (string, bool) {
		if n.Type != html.ElementNode {
			return "", false
		}
		switch n.Data {
		case "script", "style", "noscript", "template", "svg", "head", "nav", "figure", "figcaption", "select", "button", "form":
			return "", false
		case "p", "h2", "h3", "h4", "h5", "h6", "div", "span", "strong", "b", "li", "dd", "td", "section":
			if !isLeafish(n) {
				return "", true
			}
			lead, _ := leadRunes(n)
			if lead < 0 {
				// No text: spacers between the name and its biography.
				return "", false
			}
			if name != "" {
				// The biography opens with the name, so with its letter
				// (lead is its text's first): the text of an element
				// that opens otherwise is not built.
				if lead == firstRune(name) {
					if bio := clean(textOf(n, maxBioOpening)); bioOpens(bio, name) && (people.IsFirstName(strings.Fields(name)[0]) || personalBio(bio)) {
						if !slices.Contains(found, name) {
							found = append(found, name)
						}
						name = ""
						return "", false
					}
				}
				if gap++; gap > maxBioGap {
					name = ""
				}
			}
			if unicode.IsUpper(lead) && nameShaped(n) {
				if t, ok := shortText(n); ok && bioPerson(t) {
					name, gap = t, 0
				}
			}
			return "", false
		}
		return "", true
	})
	// Several people's boxes are a team's page or a list of experts,
	// not a writer's box.
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// bioPerson reports whether a short text may be a person's name as a
// writer's box sets it: two or three words of a person's name
// (personName). The biography must then show it is a person's: a known
// given name (people.IsFirstName) or a personal pronoun in its opening
// (personalBio), so that a product's or a company's box ("Copper Kettle
// is a ...") names no one.
func bioPerson(t string) bool {
	return personName(t) && cleanName(t) == t && len(strings.Fields(t)) <= maxTextCreditWords
}

// personalBio reports whether a biography's opening speaks of a person:
// a personal pronoun of English or German ("he", "her", "sie").
func personalBio(bio string) bool {
	return anyWordIn(strings.ToLower(bio), bioPronouns)
}

// bioPronouns are the personal pronouns personalBio looks for.
var bioPronouns = map[string]bool{"he": true, "she": true, "his": true, "her": true, "him": true, "er": true, "sein": true, "seine": true, "ihre": true}

// nameShaped reports, without building the text, whether the text below
// n may be a name: at most maxNameLen bytes in at most maxTextCreditWords
// words, no digit. Most elements of a page fail it, so bioName builds
// the text (shortText) of few (a page of thousands of short lines
// "Line 12 ..." would otherwise allocate each).
func nameShaped(n *html.Node) bool {
	_, _, ok := nameShape(n, 0, 0, 0)
	return ok
}

// nameShape is nameShaped's walk: words and size count the words and
// bytes seen before n's children.
func nameShape(n *html.Node, depth, words, size int) (int, int, bool) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			space := true
			for i := 0; i < len(ch.Data); i++ {
				b := ch.Data[i]
				if '0' <= b && b <= '9' {
					return words, size, false
				}
				isSpace := b == ' ' || b == '\n' || b == '\t' || b == '\r'
				if space && !isSpace {
					words++
				}
				space = isSpace
			}
			if size += len(ch.Data); size > maxNameLen || words > maxTextCreditWords {
				return words, size, false
			}
		case html.ElementNode:
			if textSkipped(ch.Data) {
				continue
			}
			ok := depth < maxNameDepth
			if ok {
				words, size, ok = nameShape(ch, depth+1, words, size)
			}
			if !ok {
				return words, size, false
			}
		}
	}
	return words, size, true
}

// maxNameLen bounds the bytes of a name's element, spaces and all
// (templates indent a name by dozens of spaces).
const maxNameLen = 160

// maxNameDepth: a name sits at most a few elements below its box's
// element (<p><a><span>Jane Doe</span></a></p>).
const maxNameDepth = 4

// maxBioGap: texts allowed between the name and its biography (a job
// title, a date line).
const maxBioGap = 2

// maxBioOpening: the bytes of a text read for a biography's opening (its
// first sentence or two, where a pronoun names the person's sex).
const maxBioOpening = 300

// bioVerbs follow the name at a biography's opening ("is", "war", "est").
var bioVerbs = map[string]bool{"is": true, "was": true, "has": true, "ist": true, "war": true, "hat": true, "est": true, "es": true, "fue": true}

// bioOpens reports whether text opens as the biography of name: the name
// or its first word, then a verb of bioVerbs.
func bioOpens(text, name string) bool {
	first := strings.Fields(name)[0]
	for _, lead := range []string{name, first} {
		rest, ok := strings.CutPrefix(text, lead+" ")
		if !ok {
			continue
		}
		if w := strings.Fields(rest); len(w) > 0 && bioVerbs[w[0]] {
			return true
		}
	}
	return false
}
