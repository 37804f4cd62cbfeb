package claims

import "strings"

// pronounGroup is rule pronounGroup: a share or count of a group written
// as a pronoun that opens its clause ("hundreds of them walked out at
// noon", "a third of whom are retired") names no one: the subject read
// "them walked out at noon". What the part does is what it measures,
// said of the population the sentences before counted ("tenants who
// walked out ..." after "a poll of 900 tenants"), else of "those": "those
// who walked out at noon", "those who are retired". A past in "-ed"
// reads as the clause's verb ("those who walked"); a participle that
// says where or how a group is (groupParticiples, a toll's), an "-ing" or
// a noun takes no "who" ("those stranded at the port", "those living
// abroad"). A pronoun with nothing after it ("some 15 of them") leaves
// the population, or no subject. toks[k:ce] are the clause's words after
// the pronoun; the relative is "who" but after a population of things
// ("the flats that").
// /tmp/T/ana.sh over each text, aab02b9d^ -> aab02b9d: 27 claims changed (news
// texts 17, md5 half of the file name 15/12), 25 right, 2 wrong (a
// population read from the wrong group, a "who" for things).
func pronounGroup(text string, toks []token, k, ce int, population string) string {
	if k >= ce {
		return population
	}
	who, people := orThose(population), true
	if f := strings.Fields(population); len(f) > 0 && !peopleNouns[strings.ToLower(f[len(f)-1])] {
		people = false // "the flats": "those that"
	}
	rest := text[toks[k].start:toks[ce-1].end]
	t := toks[k]
	if t.kind != tWord || isCapWord(t.text) || danglingPreps[t.lower] || strings.HasSuffix(t.lower, "ing") ||
		groupParticiples[t.lower] || wordTollVerbs[t.lower] || nounlessPassive[t.lower] {
		return joinWords(who, rest) // "those stranded at the port"
	}
	// A passive ("are sent to the depot") reads as its participle, as
	// rule countedClause reads it ("those sent to the depot"); any
	// other verb keeps the whole clause after "who": what the part said
	// or did is what it measures ("those who said they felt unsafe at
	// night").
	if beAuxiliaries[t.lower] && k+1 < ce && strings.HasSuffix(toks[k+1].lower, "ed") {
		return countedRelative(who, people, strings.Fields(rest))
	}
	rel := " that "
	if people {
		rel = " who "
	}
	return who + rel + rest
}

// groupPronouns stand for a group a part is of (rule pronounGroup), as
// written in lower case ("US" is a country); not "those", which keeps its
// words ("a fifth of those polled"), nor "us", which a clause names as
// often as it counts ("for the two of us").
var groupPronouns = setOf(`them whom`)

// groupOpens reports whether the words toks[cs:i] before a part of a
// pronoun group only hedge it or join its clause ("most of them", "with
// 80 of them", "as scores of them"), so that the group is the clause's
// subject (rule pronounGroup), no object ("the museum lent 12 of them").
func groupOpens(toks []token, cs, i int) bool {
	for k := cs; k < i; k++ {
		if w := toks[k].lower; !qualifiers[w] && !clauseConjunctions[w] && !groupJoiners[w] {
			return false
		}
	}
	return true
}

// groupJoiners open a clause whose subject is a part of a group ("with
// 80 of them based abroad", "since most of them agree"), or size the part
// ("the overwhelming majority of them").
var groupJoiners = setOf(`with since and but vast large overwhelming`)

// groupParticiples describe a group after its pronoun rather than say
// what it did ("80 of them based abroad", "half of them stranded at the
// port"): rule pronounGroup gives them no "who".
var groupParticiples = setOf(`based located born aged affiliated stranded employed involved affected
surveyed polled questioned interviewed registered enrolled housed held`)
