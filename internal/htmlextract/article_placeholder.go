package htmlextract

import (
	"slices"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// placeholderOpen opens a designer's dummy text, lower-cased.
const placeholderOpen = "lorem ipsum"

// placeholderLine reports whether t is dummy text: "Lorem ipsum" alone or
// with a number ("Lorem ipsum 2"), or the Latin run itself ("Lorem ipsum
// dolor sit amet, ..."). A sentence about the dummy text ("Lorem ipsum
// is the filler text ...") is none.
func placeholderLine(t string) bool {
	t = strings.TrimSpace(t)
	// (EqualFold on the prefix: this runs on every block, and lower-casing
	// the block would copy it.)
	if len(t) < len(placeholderOpen) || !strings.EqualFold(t[:len(placeholderOpen)], placeholderOpen) {
		return false
	}
	rest := strings.TrimSpace(t[len(placeholderOpen):])
	return rest == "" || len(rest) >= len("dolor") && strings.EqualFold(rest[:len("dolor")], "dolor") || strings.Trim(rest, "0123456789.") == ""
}

// dropPlaceholders is rule "placeholder-text": a block of dummy text
// (placeholderLine) is a template's slot its editors never filled (a
// promo box, a tab, a card left as the theme shipped it), not text. When
// another block speaks of the dummy text (a piece on typesetting that
// quotes it), every block stays.
func (x *extractor) dropPlaceholders() {
	a := x.a
	if !slices.ContainsFunc(a.Body, func(b model.Block) bool { return placeholderLine(b.Text) }) ||
		slices.ContainsFunc(a.Body, func(b model.Block) bool {
			return !placeholderLine(b.Text) && strings.Contains(strings.ToLower(b.Text), placeholderOpen)
		}) {
		return
	}
	for i := 0; i < len(a.Body); {
		if placeholderLine(a.Body[i].Text) {
			x.dropBlock(i, model.RemovedOther, "placeholder-text")
			continue
		}
		i++
	}
}
