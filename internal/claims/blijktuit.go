package claims

import "github.com/lede-news/lede/internal/lexicon"

// maxBlijktWords bounds the phrase of rule blijktUit between "uit" and
// "blijkt": "nieuwe cijfers van het Centraal Bureau voor de Statistiek"
// holds nine.
const maxBlijktWords = 10

// blijktUitSource is rule blijktUit (Dutch): "Uit cijfers van het CBS
// blijkt dat ..." and "..., blijkt uit cijfers van de gemeente" say where
// the sentence's figures come from, as "according to" does: the maker
// after "van" ("het CBS", "de gemeente"), or the whole phrase when none is
// named ("onderzoek"). The claim had no source.
func blijktUitSource(text string, toks []ltok, opts Options, ln *langNum, sp *lexicon.Speech) string {
	if opts.Lang == "de" {
		return hervorSource(text, toks, opts, ln, sp)
	}
	if opts.Lang != "nl" || len(toks) < 4 {
		return ""
	}
	// "Uit ... blijkt": the phrase opens the sentence.
	if toks[0].lower == "uit" {
		for e := 2; e < len(toks) && e <= maxBlijktWords+1; e++ {
			if !toks[e].word {
				break
			}
			if toks[e].lower == "blijkt" || toks[e].lower == "bleek" {
				return makerIn(text, toks, 1, e, opts, ln, sp)
			}
		}
		return ""
	}
	// ", blijkt uit ...": the phrase ends the sentence.
	for k := 1; k+2 < len(toks); k++ {
		if toks[k-1].text != "," || toks[k].lower != "blijkt" && toks[k].lower != "bleek" || toks[k+1].lower != "uit" {
			continue
		}
		e := k + 2
		for e < len(toks) && e < k+2+maxBlijktWords && (toks[e].word || toks[e].num) {
			e++
		}
		if e == k+2 || e < len(toks)-1 {
			return "" // the phrase runs on past the sentence's end mark
		}
		return makerIn(text, toks, k+2, e, opts, ln, sp)
	}
	return ""
}

// hervorSource is rule blijktUit in German: "..., wie aus Zahlen des
// Landesamts hervorgeht" names the maker of the figures after the
// phrase's genitive, or the phrase.
func hervorSource(text string, toks []ltok, opts Options, ln *langNum, sp *lexicon.Speech) string {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k-1].text != "," || toks[k].lower != "wie" || toks[k+1].lower != "aus" {
			continue
		}
		e := k + 2
		for e < len(toks) && e < k+2+maxBlijktWords && toks[e].word && !hervorVerbs[toks[e].lower] {
			e++
		}
		if e == k+2 || e >= len(toks) || !hervorVerbs[toks[e].lower] {
			return ""
		}
		return makerIn(text, toks, k+2, e, opts, ln, sp)
	}
	return ""
}

// hervorVerbs end rule blijktUit's German phrase.
var hervorVerbs = setOf(`hervorgeht hervorging hervorgehen`)

// makerIn is the maker a phrase toks[s:e] names after its first "van"
// or, in German, the genitive or "von" after its noun ("Zahlen des
// Landesamts"), or the phrase itself (rule blijktUit).
func makerIn(text string, toks []ltok, s, e int, opts Options, ln *langNum, sp *lexicon.Speech) string {
	for m := s; m+1 < e; m++ {
		if toks[m].lower == "van" || opts.Lang == "de" && m > s && ln.linkers[toks[m].lower] {
			// "des Landesamts" keeps its article for sourceName to
			// drop; "van", "von" go.
			if !ln.dets[toks[m].lower] {
				m++
			}
			return sourceName(text, toks, m, e, opts, ln, sp)
		}
	}
	return sourceName(text, toks, s, e, opts, ln, sp)
}
