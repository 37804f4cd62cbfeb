package htmlextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// maxRoleWords: a job title runs to six words ("Senior Editor, Science
// and Health Desk" is seven and rare over a text).
const maxRoleWords = 6

// roleNouns end or head a writer's job title, lower-cased.
var roleNouns = map[string]bool{
	"writer": true, "editor": true, "reporter": true, "reviewer": true, "contributor": true, "columnist": true,
	"correspondent": true, "author": true, "journalist": true, "architect": true, "founder": true, "co-founder": true,
	"cofounder": true, "ceo": true, "cto": true, "director": true, "strategist": true, "analyst": true, "producer": true,
}

// linkLabelWords make a capitalised line a link's label, not a title.
var linkLabelWords = map[string]bool{"more": true, "all": true, "view": true, "see": true, "by": true, "this": true}

// titleConnectors may stand inside a job title in lower case.
var titleConnectors = map[string]bool{"and": true, "of": true, "&": true, "for": true, "at": true}

// roleLine reports whether t is a job title, perhaps after a name: one to
// maxRoleWords words, each capitalised or one of titleConnectors, none of
// linkLabelWords, one of them a roleNoun ("Senior Staff Writer",
// "Co-founder and Head of Research", "Ilse Brandt, Night Desk Editor").
func roleLine(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > maxRoleWords {
		return false
	}
	role := false
	for _, w := range words {
		l := strings.ToLower(strings.Trim(w, ",."))
		if titleConnectors[l] {
			continue
		}
		if linkLabelWords[l] {
			return false // "More from this writer" links to the writer's page
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		role = role || roleNouns[l]
	}
	return role
}

// dropRoleLines is rule "role-line": at the byline's places, among the
// body's first blocks (leadDatelineBlocks) and as its last block,
// on a page whose metadata names its author, a paragraph that is a job
// title (roleLine: "Senior Night Reporter", "Co-founder and Head
// of Research"), perhaps after the writer's name ("Ilse Brandt, Night Desk
// Editor"), is the byline card's role line or the writer's sign-off; the
// record keeps the author in Authors. In the middle of the text such a
// line is a heading-like label of the text and stays, and so does a
// title line over a closing bio, which rule "author-bio" or
// "author-card" reads with its card (TestAuthorBio).
func (x *extractor) dropRoleLines() {
	a := x.a
	if x.thread || len(a.Authors) == 0 {
		return
	}
	isRole := func(i int) bool { return a.Body[i].Kind == model.KindParagraph && roleLine(a.Body[i].Text) }
	i := 0
	for i < len(a.Body) && i < leadDatelineBlocks {
		if isRole(i) {
			x.dropBlock(i, model.RemovedByline, "role-line")
			continue
		}
		i++
	}
	// the sign-off is the last block
	if last := len(a.Body) - 1; last >= i && isRole(last) {
		x.dropBlock(last, model.RemovedByline, "role-line")
	}
}
