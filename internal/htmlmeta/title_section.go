package htmlmeta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sectionNumber is a manual's dotted section number opening a heading
// ("4.2 ", "12.4.2 "): two levels at least, so that a count ("5 Tips")
// or a year is not one.
var sectionNumber = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,3})+\.?\s+`)

// cutSectionNumber is rule titleSectionNumber: a book or manual set online
// numbers its sections in the page's <h1> ("4.2 Knots - The Bowline"),
// while its <title> names the section without the number ("Knots - The
// Bowline"). The number is the book's furniture, not the title: a
// leading dotted section number that none of the page's <title> and
// og:title carries goes, when a capitalised word follows it.
func (c *collector) cutSectionNumber(t string) string {
	m := sectionNumber.FindString(t)
	if m == "" {
		return t
	}
	rest := t[len(m):]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return t
	}
	num := strings.TrimRight(strings.TrimSpace(m), ".")
	for _, r := range []string{c.docTitle, c.meta1("og:title")} {
		if strings.Contains(r, num) {
			return t
		}
	}
	return rest
}
