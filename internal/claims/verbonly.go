package claims

import (
	"strings"
	"unicode/utf8"
)

// verbOnlySubject is rule verbOnlySubject: an English subject made only
// of a verb, its auxiliaries and a pronoun ("slid", "is expected to",
// "it has drawn", "we gained", "she trailed") names nothing measured:
// the clause's figure was cut from the noun it measures ("Ferry fares at
// Orvan jumped 9 percent" gives "jumped" when a comma or a list split
// them), and in the story comparison "gained" grouped unrelated sums as
// one measured thing. An empty subject beats a wrong one. A name
// ("Velmar earned"), a noun or "those" ("those who are retired") keeps
// the subject; so does a capital word that is no pronoun ("Undecided" of
// a poll's table is its label). It reads the subject the claim ends
// with, after the rules that name a count's noun ("people deported").
// /tmp/T/ana.sh over each text, 42b06a60^ -> 42b06a60: 39 claims lost such a
// subject (news texts 23, md5 half of the file name 14/25), nothing else
// changed.
func verbOnlySubject(subj string) string {
	// No slice of words nor lower-case copy: every claim's subject passes
	// here (go test ./internal/analysis -run TestAnalyzeAllocPerByte).
	verb, first := false, true
	for w := range strings.FieldsSeq(subj) {
		if first {
			first = false
			if p := capitalPronouns[w]; p != "" {
				w = p // "It was lowered"
			}
		}
		switch {
		case verbOnlyPronouns[w] || verbOnlyLinks[w]:
		case verbOnlyAux[w] || changeVerbs[w] || levelVerbs[w] || amountVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && lowerLeadByte(w[0]):
			verb = true
		default:
			return subj
		}
	}
	if !verb {
		return subj
	}
	return ""
}

// lowerLeadByte reports a word's first byte that lower-casing keeps: an
// ASCII byte but a capital (a name's "Rated" is no verb; a byte of a
// letter past ASCII counts as no lower case either).
func lowerLeadByte(c byte) bool {
	return c < utf8.RuneSelf && (c < 'A' || c > 'Z')
}

// verbOnlyPronouns stand for a subject named in another sentence (rule
// verbOnlySubject); capitalPronouns are those that open a sentence, made
// from them.
var (
	verbOnlyPronouns = setOf(`it he she they we i you`)
	capitalPronouns  = func() map[string]string {
		m := map[string]string{}
		for p := range verbOnlyPronouns {
			m[strings.ToUpper(p[:1])+p[1:]] = p
		}
		return m
	}()
)

// verbOnlyAux are the auxiliaries and copulas of rule verbOnlySubject;
// not the verbs of opinion auxiliaries holds, which read as nouns too
// ("votes", "plans", "reports").
var verbOnlyAux = setOf(`is was were are be been being has have had will would can could may might
should must shall do does did`)

// verbOnlyLinks are the words that lead a verb to its figure ("is
// expected to", "was at", "up by"): they name nothing either.
var verbOnlyLinks = setOf(`to at by in up down around between about each not`)
