package claims

import (
	"strings"

	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/model"
)

// maxThatGap bounds the tokens between rule leadingVerbSource's speech
// verb and the "that" word opening the reported clause: a time phrase and
// a separated particle may stand there ("teilte am Abend mit, dass" holds
// four, "informó este martes de que" three).
const maxThatGap = 6

// leadingVerbSource is rule leadingVerbSource: a sentence that opens with
// an article and a short noun phrase, then a speech verb whose reported
// clause a "that" word opens a few words on ("Die Polizei teilte am Abend
// mit, dass 14 Menschen ...", "La préfecture a indiqué que ...", "De
// gemeente meldt dat ...", "A prefeitura informou que ..."), has the
// phrase state the clause's figures. A lower-case institution is no
// known name, so the claim had no source. With a figure before the
// "that" word, or no "that" within maxThatGap tokens, the verb reports
// nothing the sentence counts ("Der Minister sprach vor 300 Gästen": the
// count is the writer's); the phrase is read as sourceName reads one
// after "according to".
func leadingVerbSource(text string, toks []ltok, opts Options, ln *langNum, sp *lexicon.Speech) string {
	if name := phraseVerbSource(text, toks, 0, opts, ln, sp); name != "" {
		return name
	}
	// Rule frontedVerbSource: a short phrase of time or place set off by
	// a comma may open the sentence first ("Mardi soir, la préfecture a
	// indiqué que ...", "Este martes, el ayuntamiento informó que ...").
	for c := 1; c < len(toks) && c <= maxFrontedWords; c++ {
		if toks[c].text == "," {
			return phraseVerbSource(text, toks, c+1, opts, ln, sp)
		}
		if !toks[c].word {
			break
		}
	}
	// German and Dutch put the verb before its subject after such a
	// phrase, with no comma ("Am Dienstag teilte die Polizei mit, dass
	// ...", "Dinsdag meldde de gemeente dat ...").
	if ln.verbSecond {
		return invertedVerbSource(text, toks, opts, ln, sp)
	}
	return ""
}

// maxFrontedWords bounds the phrase before rule frontedVerbSource's comma
// or verb: "Am späten Dienstagabend" holds three.
const maxFrontedWords = 4

// phraseVerbSource reads rule leadingVerbSource's phrase from toks[s]:
// an article, the words up to the speech verb, and a "that" word after it.
func phraseVerbSource(text string, toks []ltok, s int, opts Options, ln *langNum, sp *lexicon.Speech) string {
	if len(toks)-s < 4 || !ln.dets[toks[s].lower] || toldToArticles[toks[s].lower] {
		return ""
	}
	for e := s + 1; e < len(toks) && e <= s+maxTrailingSourceWords; e++ {
		t := toks[e]
		if !t.word {
			return ""
		}
		v := verbEnd(toks, e, ln, sp) // past the verb
		if v == 0 {
			if ln.stops[t.lower] && !ln.linkers[t.lower] {
				return ""
			}
			continue
		}
		// An article alone names no one.
		if e == s+1 || !thatAfter(toks, v, sp) && !(estimateAfter(toks, e, v) && accusatives[toks[v].lower]) {
			return ""
		}
		return leadSourceName(text, toks, s, e, opts, ln, sp)
	}
	return ""
}

// verbEnd is the index past the speech verb that toks[e] opens, a pair of
// the lexicon, a perfect (rule auxiliaryVerb), one word or a separated
// verb, or a pair split by a time (rule splitVerb); 0 when toks[e] opens
// none. Each reading is tried once, in that order.
func verbEnd(toks []ltok, e int, ln *langNum, sp *lexicon.Speech) int {
	if e+1 < len(toks) && sp.VerbPair(toks[e].lower, toks[e+1].lower) {
		return e + 2
	}
	if n := auxiliaryVerb(toks, e, sp); n > 0 {
		return e + n
	}
	if sp.Verbs[toks[e].lower] || separatedVerb(toks, e, sp) {
		return e + 1
	}
	if m := splitVerbEnd(toks, e, ln, sp); m > 0 {
		return m + 1
	}
	return 0
}

// invertedVerbSource is rule frontedVerbSource where the verb comes
// second: a short phrase with no comma, the speech verb, then the
// article and the speaker's phrase, which a stop, the verb's particle or
// a "that" word ends ("Am Dienstag teilte die Polizei mit, dass").
func invertedVerbSource(text string, toks []ltok, opts Options, ln *langNum, sp *lexicon.Speech) string {
	for k := 1; k < len(toks) && k <= maxFrontedWords; k++ {
		t := toks[k]
		if !t.word {
			return ""
		}
		s := k + 1 // the article
		// split: the verb's second word may follow the phrase (Dutch
		// "liet de politie weten", "gaf de gemeente aan").
		split := false
		switch {
		case k+1 < len(toks) && sp.VerbPair(t.lower, toks[k+1].lower):
			s = k + 2
		case sp.Verbs[t.lower] || separatedVerb(toks, k, sp):
		default:
			split = true
		}
		if s >= len(toks) || !ln.dets[toks[s].lower] || toldToArticles[toks[s].lower] {
			if split {
				continue
			}
			return ""
		}
		e := s + 1
		for e < len(toks) && e <= s+maxTrailingSourceWords && toks[e].word && !(ln.stops[toks[e].lower] && !ln.linkers[toks[e].lower]) &&
			!givenParticles[toks[e].lower] && !sp.That[toks[e].lower] && !toldToArticles[toks[e].lower] && !(split && sp.VerbPair(t.lower, toks[e].lower)) {
			e++
		}
		if split && (e >= len(toks) || !sp.VerbPair(t.lower, toks[e].lower)) {
			continue
		}
		if e == s+1 || !thatAfter(toks, e, sp) && !(estimateAfter(toks, k, e) && (accusatives[toks[e].lower] || accusatives[toks[0].lower])) {
			return ""
		}
		return leadSourceName(text, toks, s, e, opts, ln, sp)
	}
	return ""
}

// thatAfter reports whether a "that" word opens the reported clause
// within maxThatGap tokens from toks[v], no figure before it.
func thatAfter(toks []ltok, v int, sp *lexicon.Speech) bool {
	for m := v; m < len(toks) && m <= v+maxThatGap; m++ {
		if toks[m].num {
			return false
		}
		if sp.That[toks[m].lower] {
			return true
		}
		// Rule subjunctiveReport: German reports a clause after a comma
		// in the Konjunktiv, with no "dass" ("Die Polizei teilte mit,
		// 14 Menschen seien verletzt worden").
		if toks[m].text == "," && subjunctiveFrom(toks, m+1, sp) {
			return true
		}
	}
	return false
}

// subjunctiveFrom reports whether a Konjunktiv form of sp.Subjunctive
// stands in toks[m:] (rule subjunctiveReport).
func subjunctiveFrom(toks []ltok, m int, sp *lexicon.Speech) bool {
	for ; m < len(toks); m++ {
		if sp.Subjunctive[toks[m].lower] {
			return true
		}
	}
	return false
}

// leadSourceName is the phrase toks[s:e] as sourceName reads it; the
// sentence's capital is no part of a lower-case institution's article
// ("La préfecture" -> "la préfecture", as rule trailingVerbSource writes
// it).
func leadSourceName(text string, toks []ltok, s, e int, opts Options, ln *langNum, sp *lexicon.Speech) string {
	name := sourceName(text, toks, s, e, opts, ln, sp)
	if name == text[toks[s].start:toks[e-1].end] && !model.StartsUpper(toks[s+1].text) {
		name = lowerFirst(name)
	}
	return name
}

// perfectAuxiliaries are the auxiliaries of the perfect that open rule
// auxiliaryVerb's speech verbs.
var perfectAuxiliaries = setOf(`ha hanno a ont heeft hebben hat haben`)

// auxiliaryVerb is rule auxiliaryVerb: toks[k] is a perfect auxiliary and
// a speech verb follows it at once, a two-word form of the lexicon whose
// first word is a participle (Italian "ha reso noto", "ha fatto sapere",
// French "a fait savoir") or a one-word participle ("heeft
// bekendgemaakt", "hat mitgeteilt": its "ge", so that German "so" after
// "hat" is no verb). It returns the tokens of auxiliary and verb, or 0.
// The lexicon's forms are at most pairs (Speech.VerbPair), and the
// auxiliary is a stop of German and Dutch: the figures these perfects
// announce had no source.
func auxiliaryVerb(toks []ltok, k int, sp *lexicon.Speech) int {
	if k+1 >= len(toks) || !perfectAuxiliaries[toks[k].lower] || !toks[k+1].word {
		return 0
	}
	w := toks[k+1].lower
	if k+2 < len(toks) && sp.VerbPair(w, toks[k+2].lower) {
		return 3
	}
	if strings.Contains(w, "ge") && (sp.Verbs[w] || separatedVerb(toks, k+1, sp)) {
		return 2
	}
	return 0
}

// maxSplitVerbGap bounds the words between the two parts of rule
// splitVerb's verb: a time ("dinsdag", "op dinsdag", "dinsdagavond
// officieel") holds at most three.
const maxSplitVerbGap = 3

// splitVerbEnd is rule splitVerb (German and Dutch): toks[k] opens a
// two-word speech verb of the lexicon whose second word follows a few
// words on, right before the "that" word of the reported clause ("De
// gemeente maakte dinsdag bekend dat", "liet dinsdag weten dat"). Dutch
// puts no comma there, so rule separatedVerb, which wants the particle
// to end the clause, does not read it. It returns the second word's
// index, or 0; with no "that" word after it the pair is no speech ("gaf
// het geld aan de school").
func splitVerbEnd(toks []ltok, k int, ln *langNum, sp *lexicon.Speech) int {
	if !ln.verbSecond {
		return 0
	}
	// Every word between the parts is read too: a figure there is what
	// the verb gives, no speech ("gaf 3 miljoen aan dat project").
	for m := k + 1; m < len(toks)-1 && m <= k+1+maxSplitVerbGap; m++ {
		if !toks[m].word {
			return 0
		}
		if m > k+1 && sp.VerbPair(toks[k].lower, toks[m].lower) && sp.That[toks[m+1].lower] {
			return m
		}
	}
	return 0
}

// estimateForms are the forms of German "beziffern", to put a figure on
// a loss or a cost; estimateTo is the preposition before the figure.
var (
	estimateForms = setOf(`beziffert bezifferte bezifferten`)
	estimateTo    = "auf"
)

// accusatives are the German articles of the accusative alone: German
// may front the object ("Den Schaden bezifferte die Feuerwehr auf ..."),
// so rule estimateVerb takes a phrase as the estimator only when the
// object's article ("den Schaden", "einen Verlust") shows which phrase is
// the object; "die Kosten" could be either.
var accusatives = setOf(`den einen`)

// maxEstimateGap bounds the tokens of rule estimateVerb from the verb's
// end to "auf" (the object: "den Schaden an Dächern und Autos") and from
// "auf" to the figure (a hedge: "auf mehr als", "auf rund").
const maxEstimateGap = 6

// estimateAfter is rule estimateVerb: toks[k] is a form of "beziffern"
// and "auf" and a figure follow it from toks[v] on ("Die Feuerwehr
// bezifferte den Schaden auf 300.000 Euro", "Den Schaden bezifferte die
// Feuerwehr auf 300.000 Euro"): the figure is the phrase's estimate, as
// a "that" clause is its report (rule leadingVerbSource). Without "dass"
// the claim had no source.
func estimateAfter(toks []ltok, k, v int) bool {
	if !estimateForms[toks[k].lower] {
		return false
	}
	for m := v; m < len(toks) && m <= v+maxEstimateGap; m++ {
		if toks[m].num {
			return false
		}
		if toks[m].lower != estimateTo {
			continue
		}
		for f := m + 1; f < len(toks) && f <= m+maxEstimateGap; f++ {
			if toks[f].num {
				return true
			}
		}
		return false
	}
	return false
}
