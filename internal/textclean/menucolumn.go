package textclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/boilerplate"
	"github.com/lede-news/lede/internal/model"
)

// Bounds of rule menu-column.
const (
	// maxMenuItemWords: a menu item names a section in a few words
	// ("Real Estate", "About the Courier", "Place a Classified Ad").
	maxMenuItemWords = 4
	// maxMenuItemLen bounds an item in TextLen units: the longest
	// section names run about 25 letters; a line of a script written
	// without spaces is one "word" however long it is.
	maxMenuItemLen = 32
	// minMenuColumnItems: a menu lists three sections or more, as the
	// nav-separators rule wants of a menu on one line, when the walk
	// already removed the page's chrome above it (a "Sign in" or "Home"
	// it knows) or one of the run's lines is such chrome.
	minMenuColumnItems = 3
	// minBareMenuColumnItems: with no known chrome about it, a run of
	// short lines at the top is a menu when it is long: a text's own
	// opening (a section label, a kicker, a short headline) holds two or
	// three short lines, a site's menu five and more.
	minBareMenuColumnItems = 5
)

// menuColumn is rule menu-column: text extractors that keep the page's
// menu (readability-style ones often do) give it one item a line above
// the story: "Home" / "News" / "Sport" / "Real Estate" / "Obituaries".
// Lines the phrase rules know ("Home", "Sign in") go one by one, and the
// other items stayed as the first paragraphs of the body. It reads at line
// i, before any body block, a run of short label lines (menuItem) that the
// text goes on after; it returns the run's length, 0 when there is none.
// lede bench extract --text-from on readeck's texts, by md5 half of the
// ids: extract/ body P half b 0.942 -> 0.945 (half a the same), WCXB dates
// 0.030 -> 0.032 (a) and 0.040 -> 0.045 (b), words unchanged at three
// places; every WCXB article page that changed gains; the pages that lose
// a little are service, listing and product pages whose hero lines or
// category names the gold keeps. trafilatura's texts, which leave menus
// out, byte-identical.
func (p *parser) menuColumn(i int) int {
	// a line inside a run already read and refused starts a shorter run
	// of the same end, refused too: without this a text of short lines
	// was read again from each of its lines (quadratic)
	if len(p.a.Body) > 0 || len(p.a.Embeds) > 0 || i < p.menuSeen {
		return 0
	}
	n := 0
	for k := i; k < len(p.lines) && menuItem(p.lines[k]); k++ {
		n++
	}
	p.menuSeen = i + n
	// a text that is nothing but short lines (a list, a verse) has no
	// story under a menu
	if i+n >= len(p.lines) || n < minMenuColumnItems {
		return 0
	}
	if n >= minBareMenuColumnItems || p.lead > 0 {
		return n
	}
	// a short run needs known chrome among its lines (asked only here:
	// the walk classifies each line anyway, and a second Classify per
	// line of a text of short lines cost an allocation a line)
	for k := i; k < i+n; k++ {
		if classified(p.lines[k]) {
			return n
		}
	}
	return 0
}

// menuItem: a line that may be a menu's item: a label of one to
// maxMenuItemWords words that opens with a capital (or a letter of a
// script without case), with no figure (a
// date, a count) and no sentence or label punctuation, and that is no
// byline, list item or markdown heading.
func menuItem(l string) bool {
	if strings.Contains(l, "\n") || boilerplate.TextLen(l) > maxMenuItemLen || strings.ContainsAny(l, ".!?:;,0123456789#") {
		return false
	}
	if noSpaceScript(l) && utf8.RuneCountInString(l) >= minNoSpaceHeadlineRunes {
		return false
	}
	// sites write their sections' names capitalised; a lower-case short
	// line is a piece of a sentence the page set in large type ("talk" /
	// "play" / "hang out") or of a broken line
	if r, _ := utf8.DecodeRuneInString(l); !unicode.IsLetter(r) || unicode.IsLower(r) {
		return false
	}
	if strings.Count(l, " ") >= maxMenuItemWords { // lines are cleanSpace'd: one space between words
		return false
	}
	return !isCredit(l)
}

// removeMenuRun removes the n lines of a menu run from line i on, by rule
// (menu-column or mega-menu); a line the phrase rules know keeps their
// reading. With lead each removed line is counted by countLead, as
// menu-column's always were.
func (p *parser) removeMenuRun(i, n int, rule string, lead bool) {
	for k := i; k < i+n; k++ {
		kind, r, ok := boilerplate.Classify(p.lines[k])
		if !ok {
			kind, r = model.RemovedNavigation, rule
		}
		p.remove(kind, p.lines[k], r)
		if lead {
			p.countLead(kind)
		}
	}
}
