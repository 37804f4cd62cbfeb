package textclean

import (
	"slices"
	"strings"
)

// loadingLabels: the words a page's script shows in a block it has not
// filled yet, in the languages the phrase rules cover. Only English's
// takes an object after it ("Loading image...", "Loading reviews..."):
// German "Laden" is also a shop, so its label counts alone.
var loadingLabels = []string{
	"loading", "laden", "wird geladen", "chargement", "chargement en cours",
	"cargando", "caricamento", "caricamento in corso", "carregando", "a carregar",
	"bezig met laden", "laddar", "indlæser",
}

// maxLoadingObjectWords: the placeholder names what it waits for in a
// word or two ("Loading chart...", "Loading match centre..."); a longer
// line is a sentence that trails off.
const maxLoadingObjectWords = 2

// loadingPlaceholder is rule loading-placeholder: a page fills some
// blocks by script (a picture, a paragraph, the reviews, the related
// stories) and shows "Loading image..." or German "Laden..." there until
// it has; text extractors that read the page before the script ran keep
// the placeholder as a line of the story. It needs the trailing ellipsis
// a placeholder shows: a heading "Loading" of a shipping guide has none
// (boilerplate's player-chrome already reads the known labels without it).
// `lede bench extract --cases ../shared/bench/extract-wcxb/cases.jsonl --text-from PEER.jsonl`
// (PEER.jsonl from bench/peers; measured by hand at 46146541 against its parent) on readeck's
// texts: WCXB word precision
// up on four pages (two of each md5 half), none down; extract/ changes one
// German page whose pictures had the placeholder (its scores the same);
// trafilatura's texts byte-identical. The HTML path never reads this
// package.
func loadingPlaceholder(s string) bool {
	// refused before it is lower-cased: the walk asks of every line
	if len(s) < len("laden...") || len(s) > maxLoadingLineLen {
		return false
	}
	rest, ok := strings.CutSuffix(s, "...")
	if !ok {
		if rest, ok = strings.CutSuffix(s, "…"); !ok {
			return false
		}
	}
	low := strings.ToLower(strings.TrimSpace(rest))
	if slices.Contains(loadingLabels, low) {
		return true
	}
	obj, ok := strings.CutPrefix(low, "loading ")
	if !ok {
		return false
	}
	n := len(strings.Fields(obj))
	return n > 0 && n <= maxLoadingObjectWords
}

// maxLoadingLineLen bounds the line in bytes before it is lower-cased:
// the longest label and two long words fit in it.
const maxLoadingLineLen = 48
