package htmlextract

import (
	"slices"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// maxLoadingLine bounds a loading placeholder: the word, a noun or two
// and the dots ("Loading comments...").
const maxLoadingLine = 40

// maxLoadingWords: the placeholder's word and at most two more.
const maxLoadingWords = 3

// loadingWords open a loading placeholder, lower-cased.
var loadingWords = []string{"loading", "wird geladen", "lädt", "chargement", "cargando", "caricamento", "carregando"}

// loadingLine reports whether t is a loading placeholder: one of
// loadingWords, at most maxLoadingWords words in all, and an ellipsis at
// its end ("Loading...", "Loading the map…"). Without the dots it
// is a heading or a sentence about loading ("Loading times matter").
func loadingLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > maxLoadingLine || !(strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")) {
		return false
	}
	if len(strings.Fields(t)) > maxLoadingWords {
		return false
	}
	l := strings.ToLower(t)
	for _, w := range loadingWords {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// dropLoadingLines is rule "loading-placeholder": a block that is a
// loading placeholder (loadingLine) is what a page's scripts show until
// they fetch a part of it (a paragraph, an image, the related posts, a
// questions widget); in a saved page the part never came, and the
// placeholder is not text. A body of placeholders alone stays: it is an
// app's empty shell, which the rules after this one (rule "app-state")
// read as such.
func (x *extractor) dropLoadingLines() {
	a := x.a
	if !slices.ContainsFunc(a.Body, func(b model.Block) bool { return !loadingLine(b.Text) }) {
		return // an app's shell: the placeholder is all the markup says (see fromAppState)
	}
	for i := 0; i < len(a.Body); {
		if loadingLine(a.Body[i].Text) {
			x.dropBlock(i, model.RemovedOther, "loading-placeholder")
			continue
		}
		i++
	}
}
