package textclean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// bareReadLabels are the one-word "read"/"see" labels some outlets set
// before another story's headline ("Lea: ...", "MIRA: ...", "Leia: ...",
// "Lesen Sie hier: ...", "Czytaj: ..."), lower case, without the colon.
// The phrase rules leave them out: "Lea" and "Mira" are given names too,
// and an interview prints "Lea: Ich glaube schon." (TestClassifyUILabels).
var bareReadLabels = []string{"lea", "mira", "vea", "leia", "veja", "lesen sie hier", "lesen sie", "czytaj", "leggi", "lire", "läs"}

// minLabelHeadlineWords: the linked headline holds this many words.
const minLabelHeadlineWords = 3

// relatedLabelHeadline is rule related-label-headline: one of
// bareReadLabels, a colon and a headline (a few words, no closing stop
// and no comma: "Lea: Cierra el mercado de pescado tras cuarenta años")
// is a link to another story. An interview's answer after a speaker's
// given name is a sentence and ends as one ("Mira: No lo sé, pero el
// puerto sigue abierto."). lede bench extract --text-from --halves:
// readeck's extract/ texts snippets F1 half 0 0.915 -> 0.916, half 1
// 0.917 -> 0.918 (3 pages lose a false positive); the other three runs
// and the HTML path byte-identical.
func relatedLabelHeadline(s string) bool {
	if len(s) > maxRelatedItemLen {
		return false
	}
	label, rest, ok := strings.Cut(s, ":")
	if !ok {
		return false
	}
	// asked of every line with a colon: the label is matched lower case
	// without a lower-cased copy of it
	label = strings.TrimSpace(label)
	known := slices.ContainsFunc(bareReadLabels, func(l string) bool { return model.LowerIs(label, l) })
	rest = strings.TrimSpace(rest)
	if !known || len(strings.Fields(rest)) < minLabelHeadlineWords || strings.ContainsAny(rest, ",;") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(rest)
	last, _ := utf8.DecodeLastRuneInString(rest)
	return (unicode.IsUpper(first) || unicode.IsDigit(first)) && !strings.ContainsRune(".!…:\"”»", last)
}
