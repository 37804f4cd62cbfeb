package people

import (
	"strings"
	"unicode/utf8"
)

// Rule sloveneFeminineSurname: Slovene papers name a woman by her
// surname alone in its feminine possessive form, "-ova" or "-eva" after
// the surname ("Velkovrhova" of Mojca Velkovrh, "Kranjčeva" of a woman
// named Kranjc, whose c softens to č before the ending): "je dejala
// Velkovrhova" was no one, and the quote's speaker was lost. The form is
// the surname of a woman the text names in full before it, her given name
// a known woman's name (the one named last, of several); never a man's.

// sloveneFeminineEndings are the endings of rule sloveneFeminineSurname.
var sloveneFeminineEndings = []string{"ova", "eva"}

// sloveneSoftened are the consonants that soften before "-eva" with the
// letter the surname ends in ("Kranjčeva" of Kranjc).
var sloveneSoftened = map[string]string{"č": "c"}

// sloveneFeminine returns the woman named before pos whose surname w
// (lower case) is in the form of rule sloveneFeminineSurname, or -1.
func (d *Doc) sloveneFeminine(w string, pos int) int {
	if d.lx == nil || d.lx.code != "sl" {
		return -1
	}
	for _, e := range sloveneFeminineEndings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < minSurnameStem {
			continue
		}
		cands := []string{stem}
		for soft, hard := range sloveneSoftened {
			if s, ok := strings.CutSuffix(stem, soft); ok {
				cands = append(cands, s+hard)
			}
		}
		for _, c := range cands {
			if pi := d.matchPart(c, pos); pi >= 0 && d.People[pi].last == c && d.langFirstName(d.People[pi].Name) == 'f' {
				return pi
			}
		}
	}
	return -1
}
