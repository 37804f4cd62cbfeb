package people

import (
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
// ("Ivana" is the genitive of Ivan and a woman's name). Polish and
// Russian, whose cases are told by a list of given names, have rule
// nominativeName.

// textNominativeLangs are the languages of rule textNominative.
var textNominativeLangs = set("hr", "sr", "bs", "sl")

// declinedGiven are the case endings of a given name with their
// nominative ending and the gender they belong to: a man's name in a
// consonant ("Ivana", "Ivanu", "Ivanom" of Ivan), in -o ("Marka" of
// Marko) or in -a ("Nikole", "Nikoli", "Nikolom" of Nikola, declined as
// a woman's name is: "Ivane", "Ivani", "Ivanu", "Ivanom" of Ivana;
// Slovene "Mojce", "Mojco" of Mojca).
var declinedGiven = []struct {
	ending, base string
	gender       byte
}{
	{"a", "", 'm'}, {"u", "", 'm'}, {"om", "", 'm'}, {"em", "", 'm'},
	{"a", "o", 'm'}, {"u", "o", 'm'}, {"om", "o", 'm'},
	{"e", "a", 'f'}, {"i", "a", 'f'}, {"u", "a", 'f'}, {"om", "a", 'f'}, {"o", "a", 'f'},
}

// declinedSurname are the case endings of a surname with its nominative
// ending: a man's surname in a consonant ("Velmića", "Velmiću",
// "Velmićem", "Velmićom" of Velmić) or in -a ("Velmine" of Velmina). A
// woman's surname in a consonant is not declined ("Ivani Velmić").
var declinedSurname = []caseEnding{{"a", ""}, {"u", ""}, {"om", ""}, {"em", ""}, {"e", "a"}, {"i", "a"}, {"o", "a"}}

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
	if d.lx == nil || !textNominativeLangs[d.lx.code] || len(names) < 2 {
		return "", "", false
	}
	for _, g := range declinedGiven {
		gs, ok := strings.CutSuffix(given, g.ending)
		if !ok || utf8.RuneCountInString(gs) < minSurnameStem {
			continue
		}
		ng := gs + g.base
		if g.gender == 'f' && names[strings.ToLower(ng+" "+surname)] {
			return ng, surname, true
		}
		for _, e := range declinedSurname {
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
