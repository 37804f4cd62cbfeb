package claims

import "github.com/lede-news/lede/internal/model"

// givenForms are the forms of German "geben" that, with the particle
// "bekannt" or "an" at the clause's end, announce or state ("gab die Stadt
// bekannt", "gab die Polizei an"); joinedGivenForms are the same verbs
// written in one word at the end of a subordinate or perfect clause ("wie
// die Polizei angab", "hat die Stadt bekanntgegeben"). The lexicon lists
// neither, so a figure they announce had no source.
var (
	givenForms       = setOf(`gab gaben gibt geben`)
	givenParticles   = setOf(`bekannt an`)
	joinedGivenForms = setOf(`bekanntgab bekanntgaben bekanntgibt bekanntgeben bekanntgegeben angab angibt angegeben`)
)

// givenVerb is rule givenVerb: toks[k] is "geben" announcing or stating
// through its particle, split ("gab ... bekannt," at the clause's end) or
// joined ("bekanntgab", "angegeben"), as rule separatedVerb reads
// "teilte ... mit". A joined form is lower-case: "das Bekanntgeben" is
// the infinitive made a noun, no verb, and read as one it had the
// sentence's known name state a figure the writer gives ("Vor dem
// Bekanntgeben der Zahlen hatte die Firma 300 Stellen gestrichen").
func givenVerb(toks []ltok, k int) bool {
	t := toks[k]
	if !t.word {
		return false
	}
	if joinedGivenForms[t.lower] {
		return !model.StartsUpper(t.text)
	}
	if !givenForms[t.lower] {
		return false
	}
	// The particle may follow the verb at once ("gab an, dass").
	for m := k + 1; m < len(toks); m++ {
		if givenParticles[toks[m].lower] && (m+1 == len(toks) || !toks[m+1].word && !toks[m+1].num) {
			return true
		}
	}
	return false
}
