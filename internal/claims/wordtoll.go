package claims

// wordToll is rule wordToll, the English counterpart of rule spelledToll:
// a small count in words is a claim when it counts the dead or injured of
// a toll, its noun followed by a toll verb ("Three workers were injured",
// "Four people died", "two children remain missing", "Two men have been
// arrested"): a toll is news, no description (minWordCount). Verbs that
// take an object ("killed", "rescued", "arrested", "hurt") count only
// after an auxiliary of the passive ("were killed"), since "Two gunmen
// killed ..." counts the killers; "died", "dead" and "missing" need none.
// Ordinary counts ("two officials said", "three days later") have no
// toll verb. toks[j] is the token after the number.
// /tmp/hk17/runc.sh (lede extract --format json), the tree with this rule
// off -> on: 966 quotes-benchmark texts 16 changed (md5 half of the file
// name 6/10), 15 right (tolls of the dead, injured, arrested, detained;
// with a toll read, its next count in digits comes too), 1 wrong (half 1:
// a toll inside a clause of opinion); 2,045 go-trafilatura extract texts
// 3 changed (2/1), all right (one clause's vague count gave way to its
// toll). Half 0: 8 right, 0 wrong; half 1: 10 right, 1 wrong.
func wordToll(toks []token, j int) bool {
	k := j
	for k < len(toks) && k < j+maxNounGap && toks[k].kind == tWord && !nounStops[toks[k].lower] && !timeUnits[toks[k].lower] &&
		!wordTollVerbs[toks[k].lower] && !wordTollIntransitive[toks[k].lower] && !wordTollAux[toks[k].lower] && !nounlessIntransitive[toks[k].lower] {
		k++
	}
	if k == j {
		return false
	}
	// Rule wordTollOffice: the verbs rule nounlessCount adds count too
	// ("Five councillors resigned", "Three fishermen drowned", "Four
	// guards were charged"); "since" stays nounlessCount's.
	return tollVerbAt(toks, k, false)
}

// wordTollAux are the auxiliaries before a toll's participle ("were
// killed", "have been injured", "remain missing"); wordTollDegree the
// adverbs beside them ("were seriously injured", "were later
// rescued"); wordTollVerbs the participles that need an auxiliary;
// wordTollIntransitive the verbs and adjectives that need none (rule
// wordToll).
var (
	wordTollAux          = setOf(`were was are is have has had been being remain remained remains still`)
	wordTollDegree       = setOf(`seriously critically badly slightly severely fatally reportedly also later all both`)
	wordTollVerbs        = setOf(`killed injured wounded hurt evacuated rescued arrested hospitalised hospitalized detained`)
	wordTollIntransitive = setOf(`died dead missing`)
)
