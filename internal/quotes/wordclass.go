package quotes

import "github.com/lede-news/lede/internal/lexicon"

// Rule oneLookup (speed only, same output): isVerbAt and nominalClaim
// test nearly every token against several word lists, and a word in none
// of them, most tokens, cost one map look-up per list (six in isVerbAt,
// three in nominalClaim). wordClass holds, for each word of those lists,
// a bit per list that holds it, built once from the lists themselves:
// a word absent from it is in none, one look-up. TestWordClass checks the
// bits against the lists; TestIsVerbAtShortcut and FuzzIsVerbAtShortcut
// check isVerbAt against its rules without the shortcut.
const (
	wcPrepCue        uint16 = 1 << iota // opens a prepCues pair (prepCue)
	wcSpeakOut                          // speakOutForms (prepCue)
	wcMake                              // makeForms (prepCue)
	wcPrivate                           // privateStates
	wcEvidence                          // evidenceVerbs
	wcNotVerb                           // notVerb
	wcAttitude                          // attitudeVerbs
	wcStance                            // stanceVerbs
	wcClaimNoun                         // claimNouns
	wcBeliefNoun                        // beliefNouns
	wcSpeechNounHead                    // speechNounHeads
)

// wcVerbLists are the lists that can make a word that is no speech verb
// of the lexicon pass isVerbAt (prepCue's pairs among them).
const wcVerbLists = wcPrepCue | wcSpeakOut | wcMake | wcPrivate | wcEvidence | wcNotVerb | wcAttitude | wcStance

// wcNounLists are nominalClaim's nouns of saying and believing.
const wcNounLists = wcClaimNoun | wcBeliefNoun | wcSpeechNounHead

var wordClass = buildWordClass()

// wordClassLists pairs each bit with its list (TestWordClass reads it too).
func wordClassLists() []struct {
	bit  uint16
	list map[string]bool
} {
	firsts := map[string]bool{}
	for a, bs := range prepCuePairs {
		for _, v := range bs {
			if v {
				firsts[a] = true
			}
		}
	}
	return []struct {
		bit  uint16
		list map[string]bool
	}{
		{wcPrepCue, firsts}, {wcSpeakOut, speakOutForms}, {wcMake, makeForms},
		{wcPrivate, privateStates}, {wcEvidence, evidenceVerbs}, {wcNotVerb, notVerb},
		{wcAttitude, attitudeVerbs}, {wcStance, stanceVerbs},
		{wcClaimNoun, claimNouns}, {wcBeliefNoun, beliefNouns}, {wcSpeechNounHead, speechNounHeads},
	}
}

func buildWordClass() map[string]uint16 {
	out := map[string]uint16{}
	for _, l := range wordClassLists() {
		for w, v := range l.list {
			if v {
				out[w] |= l.bit
			}
		}
	}
	return out
}

// noVerbToken reports a token that neither channelRelative nor isVerbAt
// can take for a verb (rule oneLookup): no word, a capitalised word
// inside the sentence, or a word of no list isVerbAt's rules read and no
// speech verb (channelRelative needs one). indirect asks it first, so
// most tokens cost one lower-casing and two look-ups, not the two tests'
// own. TestIsVerbAtShortcut checks it against both.
func (x *extractor) noVerbToken(t int, s *sentence) bool {
	tk := x.toks[t]
	if !tk.Word || tk.Cap && t != s.t0 {
		return true
	}
	w := x.lower(t)
	return wordClass[w]&wcVerbLists == 0 && !lexicon.IsSpeechVerb(w)
}
