package claims

import "strings"

// fewWordSource is rule fewWordSource: in the languages of rule
// fewWordLangs, which have no speech lexicon, an "according to" form names
// the sentence's source, as langSource reads it where a lexicon gives the
// forms: a preposition or a reporting phrase before the name ("według
// GUS", "по данным Росстата", "podle Českého statistického úřadu",
// "enligt SCB", "ifølge Danmarks Statistik", "jak podał urząd", "сообщил
// Росстат") or a postposition after it ("TÜİK verilerine göre",
// "Tilastokeskuksen mukaan"). The claims had no source. A reporting
// verb (fewWordForms' capital-only forms) names a source only with a
// capitalised name after it: "сообщил, что ..." names none; a
// postposition only after a capitalised word, the name's (Turkish and
// Finnish write the data noun after it: "TÜİK verilerine" is TÜİK's
// data). It returns the source, where its form opens and where its
// phrase ends, as langSource does.
func fewWordSource(text string, toks []ltok, opts Options, ln *langNum) (string, int, int) {
	forms := fewWordForms[opts.Lang]
	if forms == nil {
		return "", -1, -1
	}
	for k := 0; k < len(toks); k++ {
		if !toks[k].word {
			continue
		}
		if forms.after[toks[k].lower] {
			if name, s := capitalisedBefore(text, toks, k, ln); name != "" {
				return name, s, k + 1
			}
			continue
		}
		n, capOnly := 0, false
		if k+1 < len(toks) && forms.before[toks[k].lower+" "+toks[k+1].lower] {
			n = 2
		} else if forms.before[toks[k].lower] {
			n = 1
		} else if forms.verbs[toks[k].lower] {
			n, capOnly = 1, true
		} else if k+1 < len(toks) && forms.verbs[toks[k].lower+" "+toks[k+1].lower] {
			n, capOnly = 2, true
		}
		s := k + n
		if n == 0 || s >= len(toks) || !toks[s].word || capOnly && !upperStart(toks[s].text) || sourcePronouns[toks[s].lower] {
			continue
		}
		e := sourcePhraseEnd(toks, s, ln)
		if e <= s {
			continue
		}
		for m := s; m < e; m++ {
			if name := knownStartingAtLang(text, toks, m, opts); name != "" {
				return name, k, e
			}
		}
		return text[toks[s].start:toks[e-1].end], k, e
	}
	return "", -1, -1
}

// capitalisedBefore is the name before a postposition at toks[k]: the run
// of capitalised words nearest before it, at most maxPostpositionWords
// back and within its clause, with its start; "" when there is none.
func capitalisedBefore(text string, toks []ltok, k int, ln *langNum) (string, int) {
	end := -1
	start := -1
	for m := k - 1; m >= 0 && m >= k-maxPostpositionWords && toks[m].word && !ln.stops[toks[m].lower]; m-- {
		if upperStart(toks[m].text) {
			if end < 0 {
				end = m
			}
			start = m
		} else if end >= 0 {
			break
		}
	}
	if end < 0 || start == end && sourcePronouns[toks[start].lower] {
		return "", -1
	}
	return strings.TrimSpace(text[toks[start].start:toks[end].end]), start
}

// sourcePronouns say "according to him", "accordingly" ("Według niego",
// "Buna göre", "Sen mukaan"): no name, no source (rule fewWordSource).
var sourcePronouns = setOf(`niego niej nich mnie nas его её ее их него неё нее них něj ní nich mě nás
honom henne dem oss mig ham hende os meg buna bunlara ona onlara bana bize size sen hänen heidän niiden tämän näiden`)

// maxPostpositionWords bounds the words between a postposition and the
// start of the name before it ("Türkiye İstatistik Kurumu verilerine
// göre": four).
const maxPostpositionWords = 5

// sourceForms are a language's "according to" forms for rule
// fewWordSource: before the name, one or two words ("według", "по
// данным"); reporting verbs before it, which need a capitalised name;
// postpositions after it.
type sourceForms struct {
	before, verbs, after map[string]bool
}

// fewWordForms are the languages' sourceForms.
var fewWordForms = map[string]*sourceForms{
	"sv": {before: setOf(`enligt`)},
	"da": {before: setOf(`ifølge`)},
	"nb": {before: setOf(`ifølge`)},
	"no": {before: setOf(`ifølge`)},
	"fi": {after: setOf(`mukaan`)},
	"cs": {before: setOf(`podle`), verbs: setOf(`uvedl uvedla uvedlo uvedly oznámil oznámila oznámilo`)},
	"pl": {before: phrasesOf(`według|wg|z danych`),
		verbs: setOf(`podał podała podało poinformował poinformowała poinformowało`)},
	"ru": {before: phrasesOf(`согласно|по данным|по словам|по оценке|по оценкам`),
		verbs: setOf(`сообщил сообщила сообщило сообщили сообщает заявил заявила заявили`)},
	"tr": {after: setOf(`göre`)},
}
