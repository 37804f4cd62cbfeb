package claims

// whatForms open a relative of what was said after an "according to"
// form ("selon ce qu'a indiqué la préfecture", "secondo quanto riferito
// dai vigili del fuoco", "según lo informado por la policía", "de acuerdo
// con lo que informó el ayuntamiento", "de acordo com o que informou a
// prefeitura"): rule accordingWhat.
var whatForms = phrasesOf(`ce qu'|ce que|quanto|lo que|lo|o que`)

// agentWords name the speaker after a participle ("riferito dai vigili",
// "informado por la policía"): rule accordingWhat.
var agentWords = setOf(`par da dai dal dalla dallo dagli dalle por pelo pela pelos pelas`)

// maxWhatVerbWords bounds the verb between a what form and its speaker:
// "reso noto dalla" holds three.
const maxWhatVerbWords = 3

// whatSpeaker is rule accordingWhat: after an "according to" form, a
// relative of what was said, its verb and then the speaker, an article's
// phrase or one after an agent word, name the source; the source was the
// relative word and the verb ("ce qu", "quanto riferito", "lo"). It
// returns where the speaker's phrase opens, or s when toks[s] opens no
// such relative or no speaker follows near.
func whatSpeaker(toks []ltok, s int, ln *langNum) int {
	n := 0
	for m := 2; m >= 1; m-- {
		if s+m <= len(toks) && whatForms[wordsOf(toks, s, s+m)] {
			n = m
			break
		}
	}
	// Italian "lo" is an article ("secondo lo studio"), no relative.
	if n == 0 || n == 1 && ln.dets[toks[s].lower] {
		return s
	}
	for m := s + n; m < len(toks) && m <= s+n+maxWhatVerbWords; m++ {
		t := toks[m]
		if !t.word {
			return s
		}
		if agentWords[t.lower] && m+1 < len(toks) && toks[m+1].word {
			return m + 1
		}
		if ln.dets[t.lower] && m > s+n && m+1 < len(toks) && toks[m+1].word {
			return m
		}
	}
	return s
}
