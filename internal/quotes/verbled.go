package quotes

import (
	"strings"

	"github.com/lede-news/lede/internal/people"
)

// verbLedMention is rule verbLedSpeaker: a speaker mention opening with a
// lower-case bare verb or participle ("sent the mayor two notes", "make
// certain the", "get going") is a predicate cut from its subject: the
// phrase rules ran back from a verb-like word into the middle of a
// clause, and the words name no one. So is a mention that is a reply word opening a
// sentence ("No", "Oh", "Well": "No, the pier stays shut, ...") or
// "no" before a lower-case noun ("No ferries", "No signal here"), and one
// opening with "you" fused with "have", "would" or "will" ("You've
// seen the ..."), the reader addressed. Not "you're": an interviewer's
// "you're saying that ..." reports the guest (rule addressSpeaker keeps
// it for the same reason). Only the speaker goes, and only a mention
// left as the speaker's name: the words may still be a report.
func verbLedMention(m string) bool {
	ws := strings.Fields(strings.ReplaceAll(m, "’", "'"))
	if len(ws) == 0 {
		return false
	}
	w := ws[0]
	if verbLedWords[w] || people.LowerLookup(fusedYou, w) {
		return true
	}
	if len(ws) == 1 {
		return replyWords[w]
	}
	return w == "No" && ws[1] == strings.ToLower(ws[1]) && ws[1] != "one"
}

// verbLedWords open the cut predicates of rule verbLedSpeaker (lower
// case as written: "Make", "Get" may open a title or a name). Not
// "been": a relative clause cut at its auxiliary ("keepers whose
// piers had been closed") leaves "been ..." overlapping the
// right speaker, which clearing loses (a PolNeAR train GGT match); nor
// "be": a clause cut after it ("what the plan grew to be") is followed by
// a report that takes its speaker, and without one the report went too;
// nor "least": "at least nine keepers" cut at "least" still names the
// speakers (clearing it cost PolNeAR train mention accuracy).
var verbLedWords = map[string]bool{
	"get": true, "make": true, "sent": true,
}

// replyWords are whole mentions of rule verbLedSpeaker: words answering
// or opening a sentence, never a speaker.
var replyWords = map[string]bool{"No": true, "Oh": true, "Well": true, "Yes": true}

// fusedYou are the reader addressed with a fused auxiliary (rule
// verbLedSpeaker).
var fusedYou = map[string]bool{"you've": true, "you'd": true, "you'll": true}
