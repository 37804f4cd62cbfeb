package htmlextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// maxSortControl bounds a control's label in bytes: the longest the
// rule reads ("Filtrer et trier (12) :") is under it, and the bound
// keeps the rule from lowering and splitting every paragraph.
const maxSortControl = 32

// sortControlWords are the words of a listing's sort and filter controls
// in the languages of the shops Lede reads most: the verbs and nouns of
// the control. A label is made of these alone, joined by
// sortControlJoins, each perhaps followed by sortControlBy.
var sortControlWords = map[string]bool{
	"sort": true, "filter": true, "filters": true, "refine": true,
	"sortieren": true, "filtern": true,
	"trier": true, "filtrer": true, "filtres": true,
	"ordenar": true, "filtrar": true, "filtros": true,
	"ordina": true, "filtra": true, "filtri": true,
}

// sortControlJoins join two controls in one label ("Sort and Refine",
// "Sort & Filter", "Filtrer / Trier").
var sortControlJoins = map[string]bool{
	"and": true, "&": true, "/": true, "|": true, "und": true, "et": true, "y": true, "e": true,
}

// sortControlBy are the words that follow a control's verb ("Sort by",
// "Trier par"): never the label's first word.
var sortControlBy = map[string]bool{"by": true, "nach": true, "par": true, "por": true, "per": true}

// sortControl is rule "sort-control": a block whose whole text is the
// label of a listing's sort or filter control ("Sort by:", "Filters (2)",
// "Sort and Refine", "Trier par") is a button or a menu's caption over a
// shop's grid or a job board's list, not text of the page. The golds of
// the WCXB dev listing and collection pages drop a bare label on 9 of the
// 10 pages (10 sites) where Lede kept one, and a sort menu with its
// chosen order on all 12 pages (2 sites) where it kept one (counted at
// commit 4ff332c2). A count of active filters, in brackets or bare, and
// a closing colon may follow;
// a sort menu may show its chosen order after the colon (see
// sortMenuOption). The label starts with a capital, as a control's
// caption does: a lower-case "filter" alone is a list's item in a how-to
// (the steps of a workflow, the nodes of a tool).
func sortControl(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxSortControl {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	// The first word must be a control's: checked before lowering, so
	// that the many short captions and lines of a page cost nothing.
	first := s
	if i := strings.IndexAny(s, " :("); i >= 0 {
		first = s[:i]
	}
	if !sortControlLead(first) {
		return false
	}
	s = strings.ToLower(s)
	if label, option, ok := strings.Cut(s, ":"); ok && strings.TrimSpace(option) != "" {
		control, sortOnly := sortControlLabel(label)
		return control && sortOnly && sortMenuOption(option)
	}
	s = strings.TrimRight(s, ": ")
	// the count of active filters: "(2)" or "2"
	if i := strings.LastIndexAny(s, " ("); i > 0 && strings.Trim(s[i:], " ()0123456789") == "" {
		s = strings.TrimRight(s[:i], ": ")
	}
	control, _ := sortControlLabel(s)
	return control
}

// sortMenus are the sortControlWords that name a sort menu, the one
// control that shows its choice after its label ("Sort: Newest").
var sortMenus = map[string]bool{"sort": true, "sortieren": true, "trier": true, "ordenar": true, "ordina": true}

// sortControlLabel reads a lower-cased label: control says that it is
// made of sortControlWords, sortControlJoins and sortControlBy alone with
// one control at least; sortOnly that each of its controls is a sort
// menu's.
func sortControlLabel(s string) (control, sortOnly bool) {
	ws := strings.Fields(s)
	sortOnly = true
	for i, w := range ws {
		switch {
		case sortControlJoins[w] && i > 0 && i < len(ws)-1:
		case sortControlBy[w] && i > 0:
		case sortControlWords[w]:
			control = true
			sortOnly = sortOnly && sortMenus[w]
		default:
			return false, false
		}
	}
	return control, sortOnly
}

// maxSortOption bounds the words of a sort menu's chosen order
// ("Newest", "Most mended", "Oldest first").
const maxSortOption = 3

// sortMenuOption reports whether s, the text after a sort menu's colon,
// is a chosen order: one to maxSortOption words of letters. A filter's
// or a query plan's figures after a colon ("Filter: (id < 100)") are no
// menu's choice.
func sortMenuOption(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > maxSortOption {
		return false
	}
	for _, w := range ws {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return false
			}
		}
	}
	return true
}

// sortControlLead reports whether w is one of sortControlWords, in any
// case, without lowering it.
func sortControlLead(w string) bool {
	for k := range sortControlWords {
		if strings.EqualFold(w, k) {
			return true
		}
	}
	return false
}

// dropSortControls removes the body's paragraphs, headings and list items
// that rule "sort-control" reads as a listing's sort or filter control.
// On a page that declares an article, a list item of one bare word
// ("Sort", "Filter") is a step or a term in the article's list (the
// steps of a tidying method, a program's menus) and stays; a shop's
// toolbar sets its bare "Sort" in a list at times, so elsewhere it goes.
// A heading over a paragraph is a section's title ("Filter" over the
// text of a guide's chapter on it) and stays.
func (x *extractor) dropSortControls() {
	for i := len(x.a.Body) - 1; i >= 0; i-- {
		b := x.a.Body[i]
		switch b.Kind {
		case model.KindHeading:
			if i+1 < len(x.a.Body) && x.a.Body[i+1].Kind == model.KindParagraph {
				continue
			}
		case model.KindListItem:
			if x.article && bareWord(b.Text) {
				continue
			}
		case model.KindParagraph:
		default:
			continue
		}
		if sortControl(b.Text) {
			x.dropBlock(i, model.RemovedNavigation, "sort-control")
		}
	}
}

// bareWord reports whether s is one word with no mark around it.
func bareWord(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}
