package claims

import (
	"math"
	"strings"
)

// nounlessToll is rule nounlessCount: a count with no noun after it that
// opens its clause and is the subject of a verb only people undergo or do
// ("Two were killed", "12 were injured", "Three of them were arrested",
// "Five have since resigned", "At least 14 died") counts people: the verb
// says what was counted, which had no noun to give the claim its unit, so
// the claim was lost (a small count in words too, as rule wordToll keeps
// "Three workers were injured"). The verbs are those of rule wordToll and
// a few more of justice and office; passive ones need an auxiliary ("Two
// were arrested"), since "Two arrested the gunman" counts those who did
// it. i is the count's first token, j the token after it, v its value.
func nounlessToll(toks []token, i, j int, v float64) bool {
	if v < minNounless || !opensClause(toks, i) {
		return false
	}
	k := j
	if k+1 < len(toks) && toks[k].lower == "of" && partitivePronouns[toks[k+1].lower] {
		k += 2 // "Three of them were arrested"
	} else if k < len(toks) && toks[k].lower == "more" {
		k++ // "Two more died"
	}
	return tollVerbAt(toks, k, true)
}

// tollVerbAt reports whether toks[k:] is a toll's verb, after its
// auxiliaries and degree words ("were killed", "have been injured", with
// since "have since resigned"): one that needs none ("died", "resigned"),
// or one read as a passive after an auxiliary ("were arrested"). Rules
// wordToll (with rule wordTollOffice's verbs) and nounlessCount read it.
func tollVerbAt(toks []token, k int, since bool) bool {
	aux := false
	for k < len(toks) && toks[k].kind == tWord && (wordTollAux[toks[k].lower] || wordTollDegree[toks[k].lower] || since && toks[k].lower == "since") {
		aux = aux || wordTollAux[toks[k].lower]
		k++
	}
	if k >= len(toks) || toks[k].kind != tWord {
		return false
	}
	w := toks[k].lower
	return wordTollIntransitive[w] || nounlessIntransitive[w] || aux && (wordTollVerbs[w] || nounlessPassive[w])
}

// minNounless is the least count rule nounlessCount reads: "one was
// later killed" tells of one person, no toll.
const minNounless = 2

// partitivePronouns stand for the group a count is part of ("three of
// them", "two of those", rule nounlessCount).
var partitivePronouns = setOf(`them those us whom`)

// nounlessIntransitive and nounlessPassive are the verbs, beyond rule
// wordToll's, whose bare subject count counts people (rule
// nounlessCount): "Five have since resigned", "Four were charged".
var (
	nounlessIntransitive = setOf(`resigned drowned fled`)
	nounlessPassive      = setOf(`charged convicted jailed sentenced freed deported kidnapped abducted executed sacked dismissed`)
)

// trailingParticiple is rule trailingParticiple: a participle in "-ing"
// right after a noun of the verb's complement opens a phrase that tells
// about that noun or why, not what was counted ("have signed a petition
// calling for a new clinic": "who have signed a petition"; "detained
// attempting to enter"). prev is the word before w; the words in "-ing"
// that are nouns or prepositions, and a "-ing" after a preposition, an
// article, an auxiliary or an adverb ("are studying", "for funding",
// "arrested for allegedly running"), are left.
func trailingParticiple(prev, w string) bool {
	lw, lp := strings.ToLower(w), strings.ToLower(prev)
	if len(lw) <= len("thing") || !strings.HasSuffix(lw, "ing") || ingWords[lw] || isCapWord(w) {
		return false
	}
	return !nounStops[lp] && !wordTollAux[lp] && !beAuxiliaries[lp] && !finiteAuxiliaries[lp] && !strings.HasSuffix(lp, ",") && !strings.HasSuffix(lp, "ly")
}

// ingWords end in "-ing" and are no participle opening a phrase (rule
// trailingParticiple).
var ingWords = setOf(`during including according morning evening building meeting funding housing
spending training clothing ceiling offering earnings wedding bombing shooting rating ranking
something nothing anything everything`)

// beAuxiliaries make a participle after them passive ("42 were
// condemned": "homes condemned", rule nounlessCount).
var beAuxiliaries = setOf(`were was are is been being`)

// subordinators open a clause of time, cause or condition (rules
// nounlessCount, countedClause); "since" and "as" are left, since they
// often set the period or the cause a count is of ("created since the
// recovery began", "died as a result of").
var subordinators = setOf(`when after because while before until unless if though although whereas`)

// opensClause reports whether the count at toks[i] opens its clause, so
// that it can be its subject: nothing but hedges ("At least", "About")
// stand between it and the sentence's start, a comma, semicolon, colon,
// "but" or a verb of speech (rule nounlessCount). After "and" rule coordinatedCount reads
// it, with the noun of the count before ("300 homes flooded and 90 were
// lost").
func opensClause(toks []token, i int) bool {
	k := i
	for k > 0 && (qualifiers[toks[k-1].lower] || capQualifiers[toks[k-1].lower]) && !articles[toks[k-1].lower] {
		k--
	}
	if k == 0 {
		return true
	}
	switch toks[k-1].lower {
	case ",", ";", ":", "but":
		return true
	}
	// A reported clause opens after its verb of speech, "that" between
	// or not ("Police said 12 had been detained").
	if toks[k-1].lower == "that" {
		k--
	}
	return k > 1 && isSpeechWord(toks[k-1].lower) && !articles[toks[k-2].lower]
}

// nounlessSubject is the subject of a count rule nounlessCount read: what
// was counted, the noun and the verb ("Two were killed in the blast" ->
// "people killed in the blast", "Five have since resigned" -> "people who
// have since resigned"), from the clause's words after the figure, rest
// ("were killed in the blast", "them were arrested": the subject rules
// drop the "of" of "of them"); people says the noun is of people.
func nounlessSubject(noun, rest string, people bool) string {
	words := strings.Fields(rest)
	if len(words) >= 1 && words[0] == "of" {
		words = words[1:]
	}
	if len(words) >= 1 && (partitivePronouns[strings.ToLower(words[0])] || strings.EqualFold(words[0], "more")) {
		words = words[1:]
	}
	return countedRelative(noun, people, words)
}

// countedRelative is what was counted: the counted noun and the verb
// phrase words that tells what it did or underwent, as a relative ("who
// have since resigned", "that remain without power") or a participle
// ("were killed" -> "killed": a passive's auxiliaries go; "remain
// missing" -> "missing"). A clause of time or cause after the verb says
// why or when, not what was counted, and goes ("killed when a tree fell
// on their car": "people killed"). The relative opens with "who" when
// people says the noun is of people, else "that" ("flats that were
// unsafe", rule frontGroup). Rules nounlessCount, coordinatedCount and
// countedClause.
func countedRelative(noun string, people bool, words []string) string {
	lower := make([]string, len(words)) // each word lower-cased once
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	k := 0
	for k < len(words) && (wordTollAux[lower[k]] || wordTollDegree[lower[k]] || lower[k] == "since") {
		k++
	}
	if k == len(words) {
		return joinWords(noun, strings.Join(words, " "))
	}
	for m := k + 1; m < len(words); m++ {
		if subordinators[lower[m]] || m > k+1 && trailingParticiple(words[m-1], words[m]) {
			words = words[:m]
			break
		}
	}
	v := lower[k]
	if v == "missing" || v == "dead" {
		return joinWords(noun, strings.Join(words[k:], " ")) // "people missing"
	}
	passive := false
	for _, w := range lower[:k] {
		passive = passive || beAuxiliaries[w]
	}
	if k > 0 && (wordTollVerbs[v] || nounlessPassive[v] || passive && strings.HasSuffix(v, "ed")) {
		// "were seriously injured": the participle keeps its adverbs.
		m := 0
		for m < k && !wordTollDegree[lower[m]] {
			m++
		}
		return joinWords(noun, strings.Join(words[m:], " "))
	}
	who := "that"
	if people {
		who = "who"
	}
	return joinWords(noun, who+" "+strings.Join(words, " "))
}

// partitiveFront is rule partitiveFront: a bare count in digits that
// opens the clause after a sentence's partitive front ("Of the 120
// residents evacuated, 85 have returned home", "Of the 300 homes
// inspected, 42 were condemned") counts a part of the front's whole, its
// noun: the count had no noun of its own and was lost. The clause must
// start with a verb after the count, which is then its subject; the part
// is smaller than the whole. p is the expression before it, the whole.
func partitiveFront(toks []token, i int, p expr) (expr, bool) {
	if !clauseCountable(p) || p.unit == UnitRatio || toks[0].lower != "of" || p.i > 2 || p.i == 2 && !partDeterminers[toks[1].lower] {
		return expr{}, false
	}
	comma := false
	for k := p.j; k < i; k++ {
		comma = comma || toks[k].text == ","
	}
	if !comma || !opensClause(toks, i) {
		return expr{}, false
	}
	e, ok := bareFigure(toks, i)
	if !ok || e.j >= len(toks) || !verbLike(toks[e.j]) && !predicateVerb(toks[e.j]) || *e.value != math.Trunc(*e.value) || *e.value >= *p.value {
		return expr{}, false
	}
	e.unit, e.nounless = p.unit, true
	return e, true
}

// maxFrontWords bounds the words of a partitive front with no figure
// ("Of the injured,", "Of the passengers on board,"): rule frontGroup.
const maxFrontWords = 4

// frontGroup is rule frontGroup: a bare count that opens the clause
// after a sentence's partitive front with no figure ("Of the injured, 15
// remain in a critical condition", "Of the flats inspected, 40 were
// unsafe") counts a part of the front's group, the subject of the verb
// after it: people when the group is of people (a noun of people, a
// toll's participle), else the front's plural noun. It returns the unit, "" when the rule does not
// hold. "Of those, 812 were counted as regular voters" is left: after
// a poll it is the part of its sample a finding counts, how it was made.
// i is the count's first token, j the token after it.
func frontGroup(toks []token, i, j int) string {
	if len(toks) < 4 || toks[0].lower != "of" || !partDeterminers[toks[1].lower] {
		return ""
	}
	c := 2
	for c < len(toks) && c <= 2+maxFrontWords && toks[c].kind == tWord {
		c++
	}
	if c >= len(toks) || toks[c].text != "," || !opensClause(toks, i) || i <= c || j >= len(toks) || !clauseVerb(toks[j]) && !verbLike(toks[j]) {
		return ""
	}
	for k := c + 1; k < i; k++ {
		if !qualifiers[toks[k].lower] && !capQualifiers[toks[k].lower] {
			return "" // only hedges between the front and the count
		}
	}
	for k := 2; k < c; k++ {
		if peopleNouns[toks[k].lower] || wordTollVerbs[toks[k].lower] || toks[k].lower == "dead" {
			return UnitPeople
		}
	}
	for k := c - 1; k >= 2; k-- {
		if plural(toks[k].lower) && !isCapWord(toks[k].text) {
			return toks[k].lower
		}
	}
	return ""
}
