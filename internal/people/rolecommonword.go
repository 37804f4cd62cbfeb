package people

import (
	"slices"
	"strings"
)

// roleCommonWord is rule roleCommonWord: a single capitalised word after
// a role noun ("Tutor Tips", "Member Perks", "Office Clerk
// Handles") names no one when the text writes the word in lower case
// too ("tips", "handles"): menus, headings and job listings capitalise
// a role noun and the common word after it. A real single name after a
// role is a surname or a given name, rarely written lower ("Coach Tamsin",
// "Judge Orlov"), and a surname of someone the text names in full is
// matched to them before this rule is asked. A courtesy title ("Mr.",
// "Lady") or an abbreviated role ("Sen.", "Gov.") still makes a person,
// and so does a word the text makes a speaker (speakerWord: "Officer
// Velk, who ...", "Velk said"). Rule titledCommonWord reads the word
// after a capitalised role noun so when the run is cut; this rule reads
// it after any role, lower case or several words long, when the single
// name is about to become a person of its own.
// w is the word in lower case. lede extract --format json, 0a3fc7a5 ->
// this, by md5 half of the file name: over the 2,065 texts of ana-m 17
// people changed (11 and 6), 13 right (a verb, an adverb or a common noun
// after a job title no longer a person, a reporter found), 4 neutral (one
// such word traded for another, or turned into a place and an acronym);
// ana-q and the quotes benchmarks unchanged.
func (d *Doc) roleCommonWord(r nameRun, w string) bool {
	toks := d.Tokens
	if r.roleStart >= r.tokStart || d.honorificOnly(toks[r.roleStart:r.tokStart]) || strings.HasSuffix(toks[r.tokStart-1].Text, ".") {
		return false
	}
	// A body's name going on past a linking word ("organizer Alliance
	// for Velm Schools") is left to rule titledCommonWord, which keeps it.
	if e := r.tokEnd; e+1 < len(toks) && linkingWords[d.lower(toks[e])] && toks[e+1].Word && toks[e+1].Cap {
		return false
	}
	d.buildLowerWords()
	return d.lowerWords[w] && !d.speakerWord(Bare(toks[r.tokStart].Text))
}

// linkingWords join the words of a body's name (rule roleCommonWord).
var linkingWords = set("for", "of", "to", "and")

// titledRoleNoun is rule titledRoleNoun: a single word after a role
// that is a role noun itself ("Deputy Director", "Senior
// Archivist") completes the role and names no one: a page's
// heading or a staff list, not a surname. A courtesy title before it
// still makes a person. lede extract --format json, dc3eddf1 -> this,
// by md5 half of the file name: over the 2,065 texts of ana-m 5 people
// removed (2 and 3), all right, and a company found; ana-q and the
// quotes benchmarks unchanged.
func (d *Doc) titledRoleNoun(r nameRun, w string) bool {
	if r.roleStart >= r.tokStart || d.honorificOnly(d.Tokens[r.roleStart:r.tokStart]) {
		return false
	}
	return d.roleNoun(w)
}

// compoundHead is rule compoundHead: a few role nouns, capitalised and
// alone before a single capitalised word, head a compound noun, never a
// term of address: "Head Gardener" and "Head Porter" are jobs, "Star
// Voyage" a film, "Expert Pointers" a heading. Nobody is called "Head Velk"
// or "Expert Velk" as one is "Coach Velk", so the word after names no
// one. Only the capitalised word counts: "the expert Quell" is a person
// described, and a run with a name after the compound ("Head Gardener
// Ada Quell") never reaches this rule as a single word. With rule
// titleParticle, lede extract --format json, dfd2a27d -> this, by md5
// half of the file name: over the 2,065 texts of ana-m 20 texts' people
// changed (8 and 12), 18 right (a heading, a film, a game, a job or a
// slogan no longer a person), 2 neutral (a wrong person kept, its
// mentions reordered); over the 966 of ana-q 2 films removed (half b);
// quotes benchmarks byte-identical.
func (d *Doc) compoundHead(r nameRun) bool {
	return r.tokStart-r.roleStart == 1 && compoundHeads[d.Tokens[r.roleStart].Text]
}

// compoundHeads are the role nouns of rule compoundHead, as written.
var compoundHeads = set("Head", "Star", "Expert")

// titleParticle is rule titleParticle: a courtesy title before an adverb
// particle or a sentence word is a verb and its particle in a slogan or a
// button ("Don't Miss Out", "Never Miss Out"), no titled name: no one
// is named "Out" or "You". w is the word in lower case.
func (d *Doc) titleParticle(r nameRun, w string) bool {
	if r.roleStart >= r.tokStart || !d.honorificOnly(d.Tokens[r.roleStart:r.tokStart]) {
		return false
	}
	return adverbParticles[w] || d.stopCap(w)
}

// adverbParticles are the particles of English phrasal verbs (rule
// titleParticle).
var adverbParticles = set("out", "up", "off", "down", "away", "back", "over", "in", "on", "through")

// abstractNounEndings end abstract nouns, English ("-tion", "-sion") and
// German ("-heit", "-keit", "-schaft", "-ungen", "-ität"), that no
// surname ends with (rule abstractNounTail).
var abstractNounEndings = []string{"tion", "sion", "heit", "keit", "schaft", "ungen", "ität"}

// abstractNounMinLen is the shortest word rule abstractNounTail reads,
// in bytes: a short word with such an ending is a name as often as not
// ("Zion", "Marion").
const abstractNounMinLen = 8

// abstractNounTail reports rule abstractNounTail's word; w is in lower
// case.
func abstractNounTail(w string) bool {
	return hasEnding(w, abstractNounMinLen, abstractNounEndings)
}

// hasEnding reports whether w, of at least minLen bytes, ends with one of
// endings: the test of rules abstractNounTail and commonTailRepeat.
func hasEnding(w string, minLen int, endings []string) bool {
	return len(w) >= minLen && slices.ContainsFunc(endings, func(e string) bool { return strings.HasSuffix(w, e) })
}
