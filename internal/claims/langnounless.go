package claims

import "math"

// langNounlessToll is rule langNounlessCount, rule nounlessCount in the
// languages of lang.go: a whole count with no noun that opens its clause
// (hedges before it aside), an auxiliary after it and then a word of a
// toll ("Zwei wurden getötet", "Zwölf werden noch vermisst", "Deux ont
// été tués", "Trois d'entre eux ont été arrêtés") counts people; it gave
// no claim, having no noun, and a small count in words was no figure at
// all. k is the count's first token, j the token after it, v its value.
// Counts after an "and" or a comma and another count are rule
// langCoordinatedCount's, with that count's noun.
func langNounlessToll(toks []ltok, k, j int, v float64) bool {
	if v < minNounless || v != math.Trunc(v) {
		return false
	}
	p := k - 1
	for p >= 0 && tollHedges[toks[p].lower] {
		p--
	}
	if p >= 0 && !isClauseBreak(toks[p].text) {
		return false
	}
	n := j + langPartitive(toks, j)
	if n < len(toks) && langTollIntransitive[toks[n].lower] {
		return true // "Dos murieron": a verb of death needs no auxiliary
	}
	aux := 0
	for n < len(toks) && toks[n].word && langTollAux[toks[n].lower] {
		n++
		aux++
	}
	if aux == 0 {
		return false
	}
	// German puts the participle at the clause's end ("wurden bei dem
	// Unfall getötet").
	for m := n; m < len(toks) && m < n+maxTollReach && !isClauseBreak(toks[m].text); m++ {
		w := toks[m].lower
		if toks[m].word && (tollWords[w] || romanceTollVerbs[w] || spelledTollParticiples[w] || tollParticiples[w] || langNounlessVerbs[w]) {
			return true
		}
	}
	return false
}

// maxTollReach bounds the words from the auxiliary to the word of the
// toll (rule langNounlessCount): "wurden bei dem Unfall in Harlingen
// getötet" holds six.
const maxTollReach = 7

// langTollAux are the auxiliaries and adverbs between a bare count and
// the word of its toll (rule langNounlessCount): the plural verbs of rule
// langCoordinatedCount, those of rules spelledToll and romanceToll, their
// adverbs of degree, and "still" ("werden noch vermisst", "sont toujours
// portés disparus").
var langTollAux = func() map[string]bool {
	m := setOf(`noch toujours todavía ancora ainda nog portés dados`)
	for _, set := range []map[string]bool{spelledTollAux, spelledTollDegree, romanceTollAux, romanceTollDegree} {
		for w := range set {
			m[w] = true
		}
	}
	for _, set := range coordinatedAux {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// langNounlessVerbs are participles of arrest and rescue that the toll
// lists lack (rule langNounlessCount).
var langNounlessVerbs = setOf(`festgenommen verhaftet gerettet ertrunken gestorben`)

// langPartitive returns how many tokens from n say the count is part of
// a group named before ("von ihnen", "d'entre eux"), 0 when none (rule
// langNounlessCount).
func langPartitive(toks []ltok, n int) int {
	if n+1 < len(toks) && toks[n].lower == "von" && toks[n+1].lower == "ihnen" {
		return 2 // "Drei von ihnen"
	}
	if n+2 < len(toks) && toks[n].lower == "d'" && toks[n+1].lower == "entre" && (toks[n+2].lower == "eux" || toks[n+2].lower == "elles") {
		return 3 // "Trois d'entre eux"
	}
	return 0
}

// langTollIntransitive are the finite verbs of death that count people
// with no auxiliary (rule langNounlessCount: "Dos murieron", "Due
// morirono", "Duas morreram", "Zwei starben").
var langTollIntransitive = setOf(`murieron fallecieron morirono morreram starben ertranken`)
