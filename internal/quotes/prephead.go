package quotes

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// prepHead is rule prepHead: a speaker mention right after a preposition
// that follows a noun for people ("councillors in both towns insist ...",
// "clerks briefed on the plan said ...", "one clerk at a ferry firm said
// ...") is the object of that preposition, not the speaker: the phrase
// rules ran back from the verb only as far as the preposition. The
// mention grows back over the preposition, the noun (and a participle
// after it: "briefed", "involved") and a determiner or quantifier
// before them, and that phrase is the speaker, a group when its noun is
// plural. Over the 2,065 extracted texts 2 records change (md5 half a),
// over the 966 quote texts 13 (a: 5, b: 8), all right (a place, a
// topic or "both parties" gives way to the voters, officials or donors
// there). lede bench quotes: PolNeAR train mention hits up on both
// halves (a: 4670 -> 4673 of 5295, b: 4201 -> 4205 of 4798), quote F1
// unchanged; PolNeAR dev (all and --direct-only) and GGT dev
// byte-identical. All measured by hand at 1d8ae893 against its parent
// (lede extract on the texts; lede bench quotes --gold on each set).
func (x *extractor) prepHead(q *model.Quote) {
	if q.SpeakerStart == nil || q.SpeakerEnd == nil || q.SpeakerMention == "" {
		return
	}
	start, end := *q.SpeakerStart, *q.SpeakerEnd
	if end > len(x.text) || start > end {
		return
	}
	lo := max(0, start-prepHeadLookBytes)
	if k := strings.LastIndexAny(x.text[lo:start], "\n.!?;:,\"“”"); k >= 0 {
		lo += k + 1
	}
	ws := strings.Fields(x.text[lo:start])
	n := len(ws)
	if n < 2 || !prepHeadPreps[ws[n-1]] || x.text[start-1] != ' ' || !strings.HasSuffix(x.text[:start-1], ws[n-1]) {
		return
	}
	h := n - 2
	if prepHeadParticiples[ws[h]] && h > 0 {
		h--
	}
	head := ws[h]
	if h == 0 {
		// The sentence's first word is capitalised.
		head = strings.ToLower(head)
	}
	plural := strings.HasSuffix(head, "s") || head == "people"
	if !prepHeadNoun(head) {
		return
	}
	for h > 0 && prepHeadModifiers[strings.ToLower(ws[h-1])] {
		h--
	}
	// The new start is where word h begins in the text before the mention.
	k := start
	for i := n - 1; i >= h; i-- {
		k = strings.LastIndex(x.text[lo:k], ws[i]) + lo
	}
	m := x.text[k:end]
	q.Speaker, q.SpeakerMention, q.SpeakerIsGroup = m, m, plural
	q.SpeakerStart = &k
}

// prepHeadNoun reports a lower-case noun for people (rule prepHead): a
// role ("clerk", "officials"), or a plural of people in prepHeadPlurals.
func prepHeadNoun(w string) bool {
	if w != strings.ToLower(w) {
		return false
	}
	return prepHeadPlurals[w] || people.IsRoleNoun(w) || strings.HasSuffix(w, "s") && people.IsRoleNoun(strings.TrimSuffix(w, "s"))
}

// prepHeadLookBytes bounds the words rule prepHead reads before a
// mention: a noun phrase of a few words and its preposition.
const prepHeadLookBytes = 60

var (
	// prepHeadPreps are the prepositions of rule prepHead.
	prepHeadPreps = map[string]bool{"in": true, "at": true, "on": true, "from": true, "across": true}
	// prepHeadParticiples may follow the noun (rule prepHead).
	prepHeadParticiples = map[string]bool{"briefed": true, "involved": true, "interviewed": true, "based": true, "polled": true, "surveyed": true}
	// prepHeadPlurals are plural nouns for people the role list lacks.
	prepHeadPlurals = map[string]bool{
		"people": true, "voters": true, "residents": true, "advocates": true, "donors": true,
		"candidates": true, "leaders": true, "lawmakers": true, "experts": true, "analysts": true,
		"members": true, "workers": true, "employees": true, "executives": true, "activists": true,
		"critics": true, "supporters": true, "bundlers": true, "delegates": true, "veterans": true,
		"students": true, "parents": true, "teachers": true, "doctors": true, "scientists": true,
	}
	// prepHeadModifiers may open the noun phrase before its noun (rule
	// prepHead, lower-cased).
	prepHeadModifiers = map[string]bool{
		"the": true, "a": true, "an": true, "one": true, "some": true, "many": true, "most": true,
		"several": true, "two": true, "three": true, "other": true, "all": true, "both": true,
		"few": true, "local": true, "senior": true, "top": true, "former": true, "current": true,
		"female": true, "male": true, "young": true, "older": true,
	}
)
