package people

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Rule textNominative: Croatian, Serbian, Bosnian and Slovene decline
// both words of a man's name and a woman's given name ("prema riječima
// ministra Ivana Velmića", "izjavila je ministrici Ivani Velmić", "po
// besedah Janeza Velkovrha"), and the name so written was a person of
// its own, the speaker of its quotes named in the genitive. When the
// text names the person in the nominative too, anywhere, the declined
// name is that person's; when it does not, the name is kept as written:
// a base form guessed from the endings could be a name no one has
// ("Ivana" is the genitive of Ivan and a woman's name). Lithuanian and
// Latvian decline both words of every name ("pasak ministrės Rūtos
// Velmienės", "Jāņa Velmkalna"), Estonian the surname ("Kadri
// Velmetsa sõnul"): the same holds. Polish and Russian,
// whose cases are told by a list of given names, have rule
// nominativeName.

// nominativeCases are one language's case endings for rule
// textNominative: those of a given name, each with its nominative ending
// and whether the surname may stay as written, and those of a surname.
type nominativeCases struct {
	given   []givenCase
	surname []caseEnding
	// genitive are the singular genitive's endings of a noun, with the
	// nominative's (IsGenitiveRole).
	genitive []caseEnding
}

// givenCase is a given name's case ending and its nominative ending;
// keepsSurname: the surname may keep its nominative beside it (a
// woman's in Croatian and Slovene).
type givenCase struct {
	ending, base string
	keepsSurname bool
}

// southSlavicCases: a man's given name in a consonant ("Ivana",
// "Ivanu", "Ivanom" of Ivan), in -o ("Marka" of Marko) or in -a
// ("Nikole", "Nikoli", "Nikolom" of Nikola, declined as a woman's name
// is: "Ivane", "Ivani", "Ivanu", "Ivanom" of Ivana; Slovene "Mojce",
// "Mojco" of Mojca); a man's surname in a consonant ("Velmića",
// "Velmiću", "Velmićem" of Velmić) or in -a ("Velmine" of Velmina). A
// woman's surname in a consonant is not declined ("Ivani Velmić"). In
// Latin and Cyrillic letters.
var southSlavicCases = withCyrillic(&nominativeCases{
	given: []givenCase{
		{"a", "", false}, {"u", "", false}, {"om", "", false}, {"em", "", false},
		{"a", "o", false}, {"u", "o", false}, {"om", "o", false},
		{"e", "a", true}, {"i", "a", true}, {"u", "a", true}, {"om", "a", true}, {"o", "a", true},
	},
	surname:  []caseEnding{{"a", ""}, {"u", ""}, {"om", ""}, {"em", ""}, {"e", "a"}, {"i", "a"}, {"o", "a"}},
	genitive: []caseEnding{{"a", ""}, {"e", "a"}},
})

// withCyrillic returns c with each of its endings also in Serbian
// Cyrillic letters ("Николе Велмића" of Никола Велмић): the endings are
// the Latin ones, letter for letter.
func withCyrillic(c *nominativeCases) *nominativeCases {
	cyr := strings.NewReplacer("a", "а", "e", "е", "i", "и", "o", "о", "u", "у", "m", "м").Replace
	both := func(es []caseEnding) []caseEnding {
		out := slices.Clone(es)
		for _, e := range es {
			out = append(out, caseEnding{cyr(e.ending), cyr(e.base)})
		}
		return out
	}
	out := &nominativeCases{given: slices.Clone(c.given), surname: both(c.surname), genitive: both(c.genitive)}
	for _, g := range c.given {
		out.given = append(out.given, givenCase{cyr(g.ending), cyr(g.base), g.keepsSurname})
	}
	return out
}

// balticEndings are Lithuanian's and Latvian's case endings with their
// nominative, for given names and surnames alike, men's and women's:
// Lithuanian "Tomo", "Tomui", "Tomą" of Tomas, "Velmaičio" of Velmaitis,
// "Rūtos", "Rūtai" of Rūta, "Velmienės", "Velmienei" of Velmienė;
// Latvian "Velmkalna" of Velmkalns, "Jāņa" of Jānis, "Kalniņa" of Kalniņš, "Ilzes" of
// Ilze, "Velmkalnes" of Velmkalne, "Bērziņas" of Bērziņa.
var balticEndings = []caseEnding{
	{"čio", "tis"}, {"džio", "dis"}, {"čiui", "tis"}, {"io", "is"}, {"iui", "is"}, {"io", "ys"},
	{"o", "as"}, {"ui", "as"}, {"ą", "as"}, {"u", "as"}, {"aus", "us"},
	{"os", "a"}, {"ai", "a"}, {"ą", "a"}, {"ės", "ė"}, {"ei", "ė"}, {"ę", "ė"},
	{"ņa", "nis"}, {"a", "s"}, {"a", "š"}, {"a", "is"}, {"am", "s"}, {"as", "a"}, {"es", "e"}, {"ei", "e"},
}

// balticCases: a Lithuanian or Latvian name declines in both words.
var balticCases = func() *nominativeCases {
	c := &nominativeCases{surname: balticEndings, genitive: []caseEnding{
		{"io", "is"}, {"o", "as"}, {"os", "a"}, {"ės", "ė"}, {"aus", "us"}, // Lithuanian
		{"a", "s"}, {"a", "is"}, {"as", "a"}, {"es", "e"}, // Latvian
	}}
	for _, e := range balticEndings {
		c.given = append(c.given, givenCase{e.ending, e.base, false})
	}
	return c
}()

// estonianCases: Estonian declines the surname and seldom a given name
// in a vowel ("Kadri Velmetsa sõnul" of Kadri Velmets): the given name
// stays as written, the surname takes the genitive's vowel ("Velmetsa",
// "Velmsaare").
var estonianCases = &nominativeCases{
	given:    []givenCase{{"", "", false}},
	surname:  []caseEnding{{"a", ""}, {"e", ""}, {"i", ""}, {"u", ""}},
	genitive: []caseEnding{{"a", ""}, {"e", ""}, {"i", ""}, {"u", ""}},
}

// textNominativeLangs are the languages of rule textNominative, with
// their case endings.
var textNominativeLangs = map[string]*nominativeCases{
	"hr": southSlavicCases, "sr": southSlavicCases, "bs": southSlavicCases, "sl": southSlavicCases,
	"lt": balticCases, "lv": balticCases, "et": estonianCases,
}

// textNames returns the two-word names of runs, lower case, as written:
// rule textNominative's nominatives.
func (d *Doc) textNames(runs []nameRun) map[string]bool {
	out := map[string]bool{}
	for _, r := range runs {
		if r.tokEnd-r.tokStart == 2 {
			out[d.lowerBare(d.Tokens[r.tokStart])+" "+d.lowerBare(d.Tokens[r.tokStart+1])] = true
		}
	}
	return out
}

// textNominative is rule textNominative: given and surname (as written)
// in another case, and the same name in the nominative among names (lower
// case, textNames), it returns the nominative's two words; ok false when
// names holds none. A man's given name in another case takes his
// surname in that case too; a woman's may keep hers.
func (d *Doc) textNominative(given, surname string, names map[string]bool) (string, string, bool) {
	if d.lx == nil || textNominativeLangs[d.lx.code] == nil || len(names) < 2 {
		return "", "", false
	}
	cases := textNominativeLangs[d.lx.code]
	for _, g := range cases.given {
		gs, ok := strings.CutSuffix(given, g.ending)
		ng := gs + g.base
		if !ok || gs == "" || utf8.RuneCountInString(ng) < minSurnameStem {
			continue
		}
		if g.keepsSurname && names[strings.ToLower(ng+" "+surname)] {
			return ng, surname, true
		}
		for _, e := range cases.surname {
			ss, ok := strings.CutSuffix(surname, e.ending)
			if !ok || utf8.RuneCountInString(ss) < minSurnameStem {
				continue
			}
			if ns := ss + e.base; names[strings.ToLower(ng+" "+ns)] {
				return ng, ns, true
			}
		}
	}
	return "", "", false
}
