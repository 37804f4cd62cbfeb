package people

import (
	"strings"
	"unicode/utf8"
)

// Rule genitiveLead: Latvian, Lithuanian and Estonian put what a role is
// of before it, in the genitive ("Rīgas domes priekšsēdētājs Andris
// Velmkalns", "miesto tarybos narys Jonas Velmaitis", "haigla juht Marko
// Velmsoo"), with the role's adjectives ("generalinis direktorius"): the
// role was cut to its last word, and a quote's speaker after the verb
// ("sakė miesto tarybos narys ...") was lost, the quote given to the
// speaker before it. The words before the role noun with an ending of
// the language's genitive (or of an adjective agreeing with the role)
// are in the role, at most genitiveLeadWords of them.

// genitiveLeadEndings are the endings of the words rule genitiveLead
// takes before a role, by language: Latvian genitives ("domes",
// "Rīgas", "valsts", "ministrijas", plural "-u") and adjectives
// ("galvenais"); Lithuanian genitives ("miesto", "tarybos",
// "savivaldybės", "Vilniaus", plural "-ų") and adjectives
// ("generalinis"); Estonian genitives, which end in a vowel ("haigla",
// "ametiühingu", "Tartu"). Weekday adverbs ("otrdien", "antradienį",
// "teisipäeval") have none of them.
var genitiveLeadEndings = map[string][]string{
	"lv": {"as", "es", "us", "ts", "ais", "ā", "u", "a"},
	"lt": {"os", "ės", "ų", "aus", "ies", "io", "ių", "inis", "o"},
	"et": {"a", "e", "i", "o", "u", "õ", "ä", "ö", "ü"},
}

// genitiveLeadVerbEndings end the past tense of Latvian ("paziņoja",
// "apmeklēja") and Lithuanian ("pažymėjo", "patvirtino") verbs, which
// stand before the subject's role as a genitive would ("paziņoja
// ministrs Jānis Velmkalns"): no genitive of rule genitiveLead. The
// speech verbs are left out by the language's list too.
var genitiveLeadVerbEndings = map[string][]string{
	"lv": {"ja"},
	"lt": {"jo", "ino"},
}

// genitiveLeadWords bound rule genitiveLead's words before a role, by
// language: four in Latvian and Lithuanian ("Rīgas domes Satiksmes
// departamenta direktore", "Vilniaus miesto savivaldybės tarybos
// narys"); one in Estonian, whose genitives end in a vowel as its
// objects and its other cases do ("külastas kooli haigla juht": the
// school is what was visited).
var genitiveLeadWords = map[string]int{"lv": 4, "lt": 4, "et": 1}

// GenitiveLeadWords returns the most words rule genitiveLead takes
// before a role in d's language, 0 in one without the rule.
func (d *Doc) GenitiveLeadWords() int {
	if d.lx == nil {
		return 0
	}
	return genitiveLeadWords[d.lx.code]
}

// minGenitiveLeadLetters: a shorter word ("pa", "ka") is a particle or a
// conjunction, not a genitive.
const minGenitiveLeadLetters = 3

// GenitiveLead reports whether word (any case) may stand before a role
// noun in d's language as what the role is of or its adjective (rule
// genitiveLead); false in every language without the rule.
func (d *Doc) GenitiveLead(word string) bool {
	if d.lx == nil {
		return false
	}
	ends := genitiveLeadEndings[d.lx.code]
	w := strings.ToLower(word)
	if ends == nil || utf8.RuneCountInString(w) < minGenitiveLeadLetters || d.stopCap(w) || d.roleNoun(w) {
		return false
	}
	if d.lx.speech != nil && d.lx.speech.Verbs[w] {
		return false
	}
	for _, e := range genitiveLeadVerbEndings[d.lx.code] {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// genitiveLeadStart returns the first token of rule genitiveLead's words
// before the role that starts at token k, or k when there are none.
func (d *Doc) genitiveLeadStart(k int) int {
	toks := d.Tokens
	for n := 0; n < d.GenitiveLeadWords() && k > 0 && toks[k-1].Word && !d.lineBreakBefore(k) && d.GenitiveLead(Bare(toks[k-1].Text)); n++ {
		k--
	}
	return k
}
