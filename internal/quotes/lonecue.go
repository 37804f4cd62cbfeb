package quotes

import (
	"strings"

	"github.com/lede-news/lede/internal/people"
)

// loneCueMention is rule loneCueSpeaker: a speaker mention that is one
// imperative, gerund, preposition, adverb or possessive ("See", "Try",
// "Using", "Among", "Soon", "My") names no one: the phrase rules stopped
// at a how-to's or a list's opening word ("Try asking the harbour office
// whether ...", "Using the app, riders report that ...") and took it for
// the subject of a verb of saying. Only the speaker goes, and only a
// mention left as the speaker's name: the words may still be a report.
// Not a word that is a surname as well ("More", "Key", "From") nor a
// pronoun of indefinite people ("Some", "Others"): those report someone.
// Over the 2,065 extracted texts 51 records change (md5 half a: 21, b:
// 30), all right but 5 where a later quote now takes another wrong
// speaker (a: 1, b: 4); over the 966 quote texts 7 (a: 4, b: 3), all
// right. lede bench quotes: every score of both halves unchanged
// (PolNeAR train and GGT dev change); --direct-only byte-identical.
func loneCueMention(m string) bool {
	return people.LowerLookup(loneCues, m) || loneLowerCues[m] || loneParticiple(m)
}

// loneParticiple reports a lone lower-case past form ("received",
// "issued"; rule loneCueSpeaker): the rest of a passive or a relative
// clause, never a speaker. Short words ("red", "bed") are nouns or
// adjectives and stay. With loneLowerCues: over the 2,065 extracted
// texts 47 records change (md5 half a: 24, b: 23), all right but 2 (a)
// where a later quote takes another wrong speaker; over the 966 quote
// texts 6 (a: 2, b: 4), all right. lede bench quotes: every score of
// both halves unchanged (--direct-only too).
func loneParticiple(m string) bool {
	return len(m) > minParticipleBytes && strings.HasSuffix(m, "ed") && strings.ToLower(m) == m && !strings.ContainsAny(m, " .")
}

// minParticipleBytes: "shed", "seed" and "need" are no past forms.
const minParticipleBytes = 5

// loneLowerCues are whole mentions of rule loneCueSpeaker as written in
// lower case: adjectives and verbs a list or a sentence opened with
// ("clear", "better", "consider", "find"); capitalised, some are names.
var loneLowerCues = map[string]bool{
	"particular": true, "accurate": true, "high": true, "strategic": true, "creative": true,
	"financial": true, "very": true, "durable": true, "clear": true, "obvious": true,
	"intelligent": true, "better": true, "less": true, "cold": true, "complex": true,
	"up": true, "without": true, "like": true,
	"entails": true, "gets": true, "use": true, "help": true, "consider": true, "find": true,
	"prevent": true, "creates": true, "build": true, "produce": true,
}

// loneCues are the whole mentions of rule loneCueSpeaker.
var loneCues = map[string]bool{
	// Imperatives opening a step or a link.
	"see": true, "start": true, "step": true, "read": true, "set": true, "try": true,
	"create": true, "take": true, "pick": true, "ask": true, "be": true,
	// Gerunds opening a clause.
	"showing": true, "adding": true, "using": true, "giving": true,
	// Prepositions, conjunctions and adverbs opening a sentence.
	"to": true, "of": true, "or": true, "among": true, "below": true, "ever": true,
	"soon": true, "simply": true, "sure": true,
	// Possessives, whose noun the phrase rules dropped.
	"my": true, "your": true,
}
