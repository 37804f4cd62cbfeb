package people

import (
	"strings"
	"unicode/utf8"
)

// nameCase is one case of rule nominativeName: a known given name that
// ends in given, less it plus base, and the surname endings of that case
// with their nominative ("Jana Nowaka": "a" of "Jan"; "Nowaka" -> "Nowak").
type nameCase struct {
	given, base string
	// surname are the surname endings of the case, each with what the
	// nominative ends in, longest first; a surname with none of them is
	// written alike in every case ("Anny Nowak") and kept.
	surname []caseEnding
}

// caseEnding is an ending and what it becomes in the nominative.
type caseEnding struct{ ending, base string }

// nameCases are rule nominativeName's cases, by language and by the given
// name's gender. Polish and Russian decline both words of a name, and a
// text may name someone only so ("według ministra Jana Nowaka", "по
// словам министра Ивана Петрова"); the given name, from the known ones,
// tells the case, and the surname takes that case's nominative ending.
// Adjectival surnames first ("Kowalskiego", "Достоевского").
var nameCases = map[string]map[byte][]nameCase{
	"pl": {
		'm': {
			{"owi", "", []caseEnding{{"kiemu", "ki"}, {"owi", ""}}},
			{"em", "", []caseEnding{{"kim", "ki"}, {"ym", "y"}, {"kiem", "k"}, {"giem", "g"}, {"em", ""}}},
			{"a", "", []caseEnding{{"kiego", "ki"}, {"ego", "y"}, {"a", ""}}},
		},
		'f': {
			{"ii", "ia", polishFeminineGenitive},
			{"y", "a", polishFeminineGenitive},
			{"i", "a", polishFeminineGenitive},
			{"ą", "a", []caseEnding{{"ą", "a"}}},
			{"ę", "a", []caseEnding{{"ą", "a"}}},
		},
	},
	"ru": {
		'm': {
			{"ем", "й", []caseEnding{{"ским", "ский"}, {"ым", ""}, {"им", ""}}},
			{"ом", "", []caseEnding{{"ским", "ский"}, {"ым", ""}, {"им", ""}}},
			{"я", "й", []caseEnding{{"ского", "ский"}, {"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ына", "ын"}}},
			{"а", "", []caseEnding{{"ского", "ский"}, {"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ына", "ын"}}},
			{"ю", "й", []caseEnding{{"скому", "ский"}, {"ову", "ов"}, {"еву", "ев"}, {"ину", "ин"}, {"ыну", "ын"}}},
			{"у", "", []caseEnding{{"скому", "ский"}, {"ову", "ов"}, {"еву", "ев"}, {"ину", "ин"}, {"ыну", "ын"}}},
		},
		'f': {
			{"ии", "ия", []caseEnding{{"ской", "ская"}, {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}}},
			{"ой", "а", []caseEnding{{"ской", "ская"}, {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}}},
			{"ы", "а", []caseEnding{{"ской", "ская"}, {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}}},
			{"и", "а", []caseEnding{{"ской", "ская"}, {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}}},
			{"у", "а", []caseEnding{{"скую", "ская"}, {"ову", "ова"}, {"еву", "ева"}, {"ину", "ина"}}},
		},
	},
}

// polishFeminineGenitive are the endings of a Polish woman's surname in
// the genitive: an adjective's ("Velmskiej") or a noun's in -a ("Velmy",
// "Velmoi" of "Velmoja", "Velmki", "Velmli"). A woman's surname in the
// nominative seldom ends in -y or -i.
var polishFeminineGenitive = []caseEnding{{"kiej", "ka"}, {"ej", "a"}, {"oi", "oja"}, {"ei", "eja"}, {"ui", "uja"}, {"ki", "ka"}, {"gi", "ga"}, {"li", "la"}, {"y", "a"}}

// minSurnameStem: the letters a surname keeps before its case ending
// ("Lis" of "Lisa"); a shorter surname is kept as written ("Anny Wei"
// is Anna Wei, not Anna Weja).
const minSurnameStem = 3

// nominativeName is rule nominativeName: a name of two words whose given
// name is a known one in another case ("Jana Nowaka", "Ивана Петрова",
// "Anny Kowalskiej") is named in the nominative ("Jan Nowak", "Иван
// Петров", "Anna Kowalska"); the mentions stay as written. It returns
// the two words in the nominative, ok false when the given name is in
// the nominative or no known name in any case.
func (d *Doc) nominativeName(given, surname string) (string, string, bool) {
	if d.lx == nil || d.lx.code == "" {
		return "", "", false
	}
	cases := nameCases[d.lx.code]
	lg := strings.ToLower(given)
	if cases == nil || d.lx.firstNames[lg] != 0 {
		return "", "", false
	}
	for _, gender := range []byte{'m', 'f'} {
		for _, c := range cases[gender] {
			stem, ok := strings.CutSuffix(lg, c.given)
			if !ok || stem == "" || d.lx.firstNames[stem+c.base] != gender {
				continue
			}
			g := given[:len(given)-len(c.given)] + c.base
			s := surname
			for _, e := range c.surname {
				if st, ok := strings.CutSuffix(surname, e.ending); ok && utf8.RuneCountInString(st) >= minSurnameStem {
					s = st + e.base
					break
				}
			}
			return g, s, true
		}
	}
	return "", "", false
}

// Surname endings of each gender in Russian and Polish ("Велмова",
// "Велмов"; "Velmska", "Velmski"): rule slavicNameGender.
var (
	feminineSurnameEndings  = []string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ska", "cka", "dzka"}
	masculineSurnameEndings = []string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ski", "cki", "dzki"}
)

// slavicNameGender is rule slavicNameGender: a Russian or Polish name
// tells its bearer's gender by its given name, when the language's list
// knows it ("Ирина", "Ewa"), else by its surname's ending ("Велмова",
// "Velmski"): the prior the pronoun votes must outweigh, as the English
// list's first names are. A name of one word, or in another language,
// gives 0.
func (d *Doc) slavicNameGender(name string) byte {
	if d.lx == nil || !d.lx.genitiveRoles {
		return 0
	}
	if g := d.langFirstName(name); g != 0 {
		return g
	}
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 {
		return 0
	}
	last := strings.ToLower(name[sp+1:])
	for _, e := range feminineSurnameEndings {
		if strings.HasSuffix(last, e) {
			return 'f'
		}
	}
	for _, e := range masculineSurnameEndings {
		if strings.HasSuffix(last, e) {
			return 'm'
		}
	}
	return 0
}
