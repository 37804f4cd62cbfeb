package claims

import (
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
	if len(toks) < 4 || !ln.dets[toks[0].lower] || toldToArticles[toks[0].lower] {
		return ""
	}
	for e := 1; e < len(toks) && e <= maxTrailingSourceWords; e++ {
		t := toks[e]
		if !t.word {
			return ""
		}
		v := e + 1 // past the verb
		switch {
		case e+1 < len(toks) && sp.VerbPair(t.lower, toks[e+1].lower):
			v = e + 2
		case sp.Verbs[t.lower] || separatedVerb(toks, e, sp):
		default:
			if ln.stops[t.lower] && !ln.linkers[t.lower] {
				return ""
			}
			continue
		}
		if e == 1 {
			return "" // an article alone names no one
		}
		for m := v; m < len(toks) && m <= v+maxThatGap; m++ {
			if toks[m].num {
				return ""
			}
			if sp.That[toks[m].lower] {
				// The sentence's capital is no part of a lower-case
				// institution's article ("La préfecture" -> "la
				// préfecture", as rule trailingVerbSource writes it).
				name := sourceName(text, toks, 0, e, opts, ln, sp)
				if e > 1 && name == text[toks[0].start:toks[e-1].end] && !model.StartsUpper(toks[1].text) {
					name = lowerFirst(name)
				}
				return name
			}
		}
		return ""
	}
	return ""
}
