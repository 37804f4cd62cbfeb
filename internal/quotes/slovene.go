package quotes

// Rule sloveneAdverbialPerfect: Slovene puts a time or place adverbial
// between the perfect's auxiliary and its participle when the verb leads
// the attribution: "..., je po seji povedal župan Marko Velkovrh", "je v
// torek dejala ministrica". The lexicon's forms are the adjacent pairs
// ("je_povedal"), so the verb was not found, the subject after it was
// not read, and the sentence kept no speaker although the text was read
// as Slovene.

// maxSloveneAdverbialWords bounds the words between the auxiliary and the
// participle: "po seji" (2), "v torek na novinarski konferenci" (5);
// longer runs are a clause of their own.
const maxSloveneAdverbialWords = 5

// sloveneAuxiliaries are the third-person forms of "biti" that open the
// perfect (singular, plural, dual), the first word of the lexicon's pairs.
var sloveneAuxiliaries = setOf("je so sta")

// sloveneClauseWords end the search: a conjunction or relative opens
// another clause ("je menil, da ...", "je in bo povedal").
var sloveneClauseWords = setOf("da ki ko in ter ali če ker kot pa")

// sloveneAdverbialVerb returns how many tokens of ts from i form rule
// sloveneAdverbialPerfect's verb (the auxiliary, the adverbial's lower-case
// words, the participle), or 0.
func (x *langExtractor) sloveneAdverbialVerb(ts []int, i int) int {
	if x.d.Lang() != "sl" {
		return 0
	}
	aux := x.lower(ts[i])
	if !sloveneAuxiliaries[aux] {
		return 0
	}
	for k := i + 1; k < len(ts) && k <= i+maxSloveneAdverbialWords+1; k++ {
		t := x.d.Tokens[ts[k]]
		if !t.Word || t.Cap {
			return 0
		}
		w := x.lower(ts[k])
		if k > i+1 && x.sp.VerbPair(aux, w) {
			return k - i + 1
		}
		if sloveneClauseWords[w] || sloveneAuxiliaries[w] || x.sp.Verbs[w] {
			return 0
		}
	}
	return 0
}
