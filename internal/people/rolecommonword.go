package people

import "strings"

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
