package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// loneLowerMention is rule loneLowerSpeaker: a speaker mention that is
// one lower-case word, neither a plural ("critics", "pilots"), a role
// ("spokeswoman") nor a word that names people or a source on its own
// ("people", "police", "someone", "research", "who"), is an adverb, an
// adjective, a verb or a bare noun ("meanwhile", "far" of "so far",
// "together", "tape" of "on tape", "trend" of a list) that the
// phrase rules took for the subject of a verb of saying: it names no
// one. Only the speaker goes, and only a mention left as the speaker's
// name: the words may still be a report. Hyphens may join the word
// ("late-night"); a mark, figure or apostrophe keeps it (a share "40%",
// a fused pronoun "you're": rules of their own read those). Over the
// 2,065 extracted texts 91 records change (md5 half a: 51, b: 40), over
// the 966 quote texts 24 (a: 15, b: 9): all right but 5, a bare noun
// cut from its determiner or a lower-case handle that did speak, or a
// later report taking another wrong speaker (a: 4, b: 1; keeping a
// noun after a determiner lost 15 right clears for 1). lede bench quotes: every score of both md5 halves
// unchanged (PolNeAR dev and train change); --direct-only and GGT dev
// byte-identical. The context rules of loneLower and the role nouns
// keep the mentions whose clearing cost PolNeAR mention hits. All
// measured by hand at b0d1aa97 against its parent (lede extract on the
// texts, records compared one by one; lede bench quotes --gold on each
// set).
func loneLowerMention(m string) bool {
	if strings.HasSuffix(m, "s") || loneLowerNamers[m] || people.IsRoleNoun(m) {
		return false
	}
	for p := range strings.SplitSeq(m, "-") {
		if !lowerWord(p) {
			return false
		}
	}
	return true
}

// loneLowerNamers are lone lower-case words that name speakers or
// sources (rule loneLowerSpeaker): people and groups written without a
// plural "s", pronouns, quantifiers, and the studies, data and ballot
// initiatives PolNeAR marks as sources.
var loneLowerNamers = map[string]bool{
	"people": true, "women": true, "men": true, "children": true, "police": true,
	"staff": true, "clergy": true, "youth": true, "faculty": true, "public": true,
	"media": true, "press": true, "management": true, "leadership": true,
	"government": true, "military": true, "family": true, "crowd": true, "audience": true,
	"everyone": true, "everybody": true, "someone": true, "somebody": true, "anyone": true,
	"nobody": true, "another": true, "half": true, "none": true, "most": true, "many": true,
	"some": true, "several": true, "few": true, "all": true, "both": true, "each": true,
	"either": true, "neither": true, "one": true, "two": true, "three": true,
	"i": true, "me": true, "we": true, "us": true, "you": true, "he": true, "him": true,
	"she": true, "her": true, "they": true, "them": true, "it": true, "who": true,
	"whom": true, "those": true, "these": true, "this": true, "that": true,
	"yourself": true, "himself": true, "herself": true, "themselves": true,
	"research": true, "data": true, "study": true, "report": true, "poll": true,
	"survey": true, "evidence": true, "source": true, "person": true, "letter": true,
	"history": true, "initiative": true,
}

// loneLower applies rule loneLowerSpeaker to q, whose mention is left as
// the speaker's name. The speaker stays when the word is the tail of a
// phrase the phrase rules cut, for the real speaker's phrase holds it:
// glued to a word before or after it ("co-chair", a name split at a
// broken letter), after an auxiliary ("pilots have begun"), after the
// comma closing an apposition ("Quell, a pilot at the port, cited"), or
// before "but"/"and" going on with its noun ("full but early returns").
// So does a source after "according to": a brand or a handle written
// lower case ("according to tidely, ...").
func (x *extractor) loneLower(q *model.Quote) {
	if q.Speaker != q.SpeakerMention || q.SpeakerStart == nil || q.SpeakerEnd == nil || !loneLowerMention(q.SpeakerMention) {
		return
	}
	start, end := *q.SpeakerStart, *q.SpeakerEnd
	if end > len(x.text) || start == 0 {
		return
	}
	prev, _ := utf8.DecodeLastRuneInString(x.text[:start])
	next, _ := utf8.DecodeRuneInString(x.text[end:])
	if !unicode.IsSpace(prev) || next == '-' || unicode.IsLetter(next) {
		return
	}
	before := strings.Fields(x.text[max(0, start-loneLowerLookBytes):start])
	if n := len(before); n > 0 && (loneLowerAux[strings.ToLower(before[n-1])] || strings.HasSuffix(before[n-1], ",")) {
		return
	}
	if n := len(before); n > 1 && strings.EqualFold(before[n-2], "according") && before[n-1] == "to" {
		return
	}
	after := strings.Fields(x.text[end:min(len(x.text), end+loneLowerLookBytes)])
	if len(after) > 0 && (after[0] == "but" || after[0] == "and") {
		return
	}
	clearSpeaker(q)
}

// loneLowerLookBytes bounds the words rule loneLowerSpeaker reads around
// a mention: the one word before and after it.
const loneLowerLookBytes = 40

// loneLowerAux are the auxiliaries after which a lone word is the rest
// of a verb whose subject came before (rule loneLowerSpeaker).
var loneLowerAux = map[string]bool{
	"have": true, "has": true, "had": true, "be": true, "been": true, "is": true,
	"was": true, "are": true, "were": true, "will": true, "would": true,
}
