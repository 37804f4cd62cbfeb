package htmlextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// leadBioBlocks: rule "lead-bio" looks at the body's first blocks only,
// where a theme prints the byline card over the text: the headline, the
// author's name (once for the picture, once for the link) and the bio.
// Past them the story has begun, and a sentence opening with a name
// introduces a person it is about.
const leadBioBlocks = 5

// dropLeadBio is rule "lead-bio": among the body's first blocks, a
// paragraph that opens with the name of one of the page's authors (from
// its metadata) and a verb ("Tomasz Wilk is a science writer who ...",
// "Tomasz has covered rail strikes since 2029") is the author card a
// theme shows under the headline (a hover panel, a box beside the
// byline), not the story's lead; the name lines just above it go with
// it. Rule "author-bio" takes the same box where it closes the text. The
// author's first name counts here, as the card calls its writer by it
// ("Tomasz is ..."), but only with the author's full name known, and the
// bio must leave text after it: a page that is only a bio is the
// author's own page. The bio goes on about a person, a sentence opening
// with "He", "She" or "They" (personPronoun): a company that signs its
// own pages as author opens them with its pitch ("Harbour Bedworks sews
// every mattress by hand ..."), and a writer's own title line over a
// paper they wrote ("Jo Lund is head of the depot's night shift") is the
// paper's header, not a card.
func (x *extractor) dropLeadBio() {
	a := x.a
	if len(a.Authors) == 0 {
		return
	}
	for i := 0; i < len(a.Body)-1 && i < leadBioBlocks; i++ {
		b := a.Body[i]
		if b.Kind != model.KindParagraph || len(b.Text) > authorBioMax {
			continue
		}
		name := bioName(b.Text, a.Authors)
		if name == "" {
			name = firstNameBio(b.Text, a.Authors)
		}
		if name == "" || !personPronoun(b.Text) {
			continue
		}
		x.dropBlock(i, model.RemovedByline, "lead-bio")
		// The name lines over it: the card's link and its picture's label.
		for j := i - 1; j >= 0 && isAuthorLine(a.Body[j].Text, a.Authors); j-- {
			x.dropBlock(j, model.RemovedByline, "lead-bio")
		}
		return
	}
}

// firstNameBio returns the author among authors, a name of two words or
// more, whose first word alone opens t followed by one of bioVerbs, or "".
func firstNameBio(t string, authors []string) string {
	for _, au := range authors {
		first, _, ok := strings.Cut(au, " ")
		if !ok || !capitalised(first) || !strings.HasPrefix(t, first) {
			continue
		}
		if hasAnyPrefix(t[len(first):], bioVerbs) {
			return au
		}
	}
	return ""
}

// capitalised reports whether s opens with an upper-case letter and is
// longer than an initial ("J." would open many sentences).
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && utf8.RuneCountInString(strings.TrimRight(s, ".")) > 1
}

// isAuthorLine reports whether t is one of authors' names alone.
func isAuthorLine(t string, authors []string) bool {
	for _, au := range authors {
		if foldEq(t, au) {
			return true
		}
	}
	return false
}

// thirdPersonWords are the English pronouns a bio goes on with about its
// writer ("He has written for ...", "They once ...").
var thirdPersonWords = map[string]bool{"he": true, "she": true, "they": true, "his": true, "her": true, "their": true}

// personPronoun reports whether a sentence of t after its first opens
// with one of thirdPersonWords, alone or with a contraction ("He's",
// "They’ve"): a person's bio goes on about them, a company's pitch may
// name its clients' "their" in passing.
func personPronoun(t string) bool {
	for _, sep := range []string{". ", "! ", "? "} {
		for _, s := range strings.Split(t, sep)[1:] {
			w, _, _ := strings.Cut(s, " ")
			w = lowerWord(w)
			if i := strings.IndexAny(w, "'’"); i > 0 {
				w = w[:i]
			}
			if thirdPersonWords[w] {
				return true
			}
		}
	}
	return false
}

// dropLeadName is rule "lead-name": among the body's first blocks
// (leadDatelineBlocks), a paragraph that is one of the page's authors'
// names alone (two words or more, as rule "author-sign-off" asks at the
// text's end) is the byline over the text, its photo's caption or its
// link, which the record keeps in Authors.
func (x *extractor) dropLeadName() {
	a := x.a
	if x.thread || len(a.Authors) == 0 {
		return
	}
	for i := 0; i < len(a.Body) && i < leadDatelineBlocks; {
		b := a.Body[i]
		if b.Kind == model.KindParagraph && strings.Contains(strings.TrimSpace(b.Text), " ") && isAuthorLine(b.Text, a.Authors) {
			x.dropBlock(i, model.RemovedByline, "lead-name")
			continue
		}
		i++
	}
}
