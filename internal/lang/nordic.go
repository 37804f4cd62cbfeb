package lang

import (
	"strings"

	"github.com/abadojack/whatlanggo"
)

// danishNorwegian is rule danish-norwegian: Danish and Norwegian Bokmål
// share most of their words and spellings, and the detector, whose two
// profiles lie close, is often unsure between them: a Danish item of a
// few sentences ("Byrådet vedtog tirsdag at bygge en ny skole. Borgmesteren
// sagde efter mødet, at ...") is read as Norwegian at a confidence too low
// to answer, and the vote of rule function-words, whose lists share most
// words too, ties. Their own spellings of the commonest words part them
// (Danish "af", "efter", "blev", "sagde", "mig", "nu", "ud"; Norwegian
// "av", "etter", "ble", "sa", "meg", "nå", "ut"). When the detector's
// answer is either at a confidence below 1, the language with more such
// words (minWords at least, and more than twice the other's) is the
// answer; one word is enough when it confirms the detector's leaning and
// the other language has none. A text writing Swedish's ä and ö (Danish
// and Norwegian write æ and ø), more than maxForeignLetters of them, is
// left alone: Swedish shares some of Norwegian's words ("sa", "blir").
func danishNorwegian(text string, leaning whatlanggo.Lang, code string) string {
	swedish := 0
	for _, r := range text {
		if r == 'ä' || r == 'ö' || r == 'Ä' || r == 'Ö' {
			swedish++
		}
	}
	if swedish > maxForeignLetters {
		return code // Swedish, which the detector may take for either
	}
	da, nb := ownWords(text, danishNorwegianWords, "da")
	switch {
	case outvotes(da, nb), leaning == whatlanggo.Dan && da > 0 && nb == 0:
		return "da"
	case outvotes(nb, da), leaning == whatlanggo.Nob && nb > 0 && da == 0:
		return "nb"
	}
	return code
}

// ownWords counts the distinct words of text that words gives to language
// a, and to the other (rules danish-norwegian, slovenian-croatian and
// malay-indonesian).
func ownWords(text string, words map[string]string, a string) (na, nb int) {
	for w := range distinctWords(text, func(w string) bool { _, ok := words[w]; return ok }) {
		if words[w] == a {
			na++
		} else {
			nb++
		}
	}
	return na, nb
}

// outvotes: a language's own words of a pair, a of them against the
// other's b, make it the answer (rules danish-norwegian,
// slovenian-croatian and malay-indonesian): minWords at least, and more
// than twice the other's.
func outvotes(a, b int) bool {
	return a >= minWords && a > 2*b
}

// pairWords maps each word of two languages' lists to its language.
func pairWords(lists map[string]string) map[string]string {
	m := map[string]string{}
	for l, words := range lists {
		for w := range strings.FieldsSeq(words) {
			m[w] = l
		}
	}
	return m
}

// danishNorwegianWords are common words Danish and Norwegian Bokmål spell
// differently, each with its language (rule danish-norwegian).
var danishNorwegianWords = pairWords(map[string]string{
	"da": "af efter blev bliver sagde siger havde mig dig sig nu noget nogle meget hvad op ud mellem vores igen tilbage uge ugen",
	"nb": "av etter ble blir sa sier hadde meg deg seg nå noe noen mye hva opp ut mellom vår våre igjen tilbake uke uken å",
})
