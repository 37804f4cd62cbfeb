package entities

import "strings"

// caseEnding is one case ending of rule slavicPlaceCase: a word ending in
// ending may be the nominative that ends in base instead.
type caseEnding struct{ ending, base string }

// slavicCaseEndings are the case endings of Polish and Russian place
// names, by language, each with the nominative ending it replaces;
// longer endings first, so "Krakowie" is tried as "Kraków" before
// "Krakow" + "ie". Polish: "w Warszawie", "z Krakowa", "w Poznaniu",
// "we Wrocławiu", "do Polski", "w Polsce", "w Pradze", "w Madrycie", "z
// Hiszpanii", "z Rosji", "na Białorusi", "w Chinach". Russian: "в
// Москве", "из Петербурга", "в Казани", "в России", "из Китая", "в
// Израиле", "в Нидерландах".
var slavicCaseEndings = map[string][]caseEnding{
	"pl": {
		{"owie", "ów"}, {"owem", "ów"}, {"owa", "ów"}, {"owi", "ów"},
		{"niem", "ń"}, {"niu", "ń"}, {"nia", "ń"},
		{"dzie", "da"}, {"dze", "ga"}, {"rze", "ra"}, {"cie", "t"}, {"cie", "ta"}, {"ce", "ka"},
		{"iem", ""}, {"ach", "y"}, {"ach", "e"},
		{"ii", "ia"}, {"ię", "ia"}, {"ią", "ia"}, {"ji", "ja"}, {"ję", "ja"}, {"ją", "ja"},
		{"si", "ś"}, {"ni", "nia"}, {"le", "ł"}, {"iu", ""}, {"ia", ""},
		{"ie", "a"}, {"ie", ""}, {"ie", "o"}, {"em", ""},
		{"y", "a"}, {"ę", "a"}, {"ą", "a"}, {"i", "a"}, {"u", ""}, {"a", ""}, {"a", "o"},
	},
	"ru": {
		{"ией", "ия"}, {"ии", "ия"}, {"ию", "ия"},
		{"ью", "ь"}, {"ой", "а"}, {"ою", "а"}, {"ем", "й"}, {"ем", "ь"}, {"ом", ""},
		{"ах", "ы"}, {"ов", "ы"},
		{"ы", "а"}, {"е", "а"}, {"у", "а"}, {"и", "а"}, {"и", "ь"},
		{"я", "й"}, {"е", "й"}, {"ю", "й"}, {"я", "ь"}, {"е", "ь"}, {"ю", "ь"},
		{"а", ""}, {"е", ""}, {"у", ""},
	},
}

// slavicCases is rule slavicPlaceCase: Polish and Russian decline place
// names ("w Warszawie", "z Krakowa", "в Москве", "из Петербурга"), and
// the word lists hold the nominative (names_east.txt). A capitalised word
// the lists lack whose case ending, replaced by a nominative's ending
// (slavicCaseEndings), gives a listed place is read as that place: its
// key becomes the nominative, and its text, the mention, stays as
// written. Only places: a person's or a party's name declined so is left
// to the people rules. A word opening a sentence is read in the
// nominative only (a local name's: "Indie są"): there Polish capitalises the adjective ("Polski rząd
// zdecydował", the Polish government), which looks like a case of the
// country ("do Polski").
func (f *finder) slavicCases(toks []token) {
	for i := range toks {
		t := &toks[i]
		if !t.cap || t.allCaps || t.possessive {
			continue
		}
		if _, listed := f.lex.names[t.key]; listed || f.lex.prefixes[t.key] {
			continue
		}
		if t.sentStart {
			if e := f.lex.localNames[f.lang0][t.key]; e != nil {
				t.key = e.canonical
			}
			continue
		}
		if base, ok := f.slavicBase(t.key); ok {
			t.key = base
		}
	}
}

// slavicBase is the listed place's nominative that word w declines, by
// rule slavicPlaceCase: a name of names_east.txt or a canonical name (not
// another language's name: "Cracovią" is a club, no case of Italian
// "Cracovia"), or the canonical name of a place the text's language
// alone writes so (localNames).
func (f *finder) slavicBase(w string) (string, bool) {
	return slavicBaseOf(f.lex, f.lang0, w)
}

// slavicBaseOf is slavicBase for language lang.
func slavicBaseOf(lex *lexicon, lang, w string) (string, bool) {
	if e := lex.localNames[lang][w]; e != nil {
		return e.canonical, true
	}
	// Each nominative tried is built in buf: a map read of string(b)
	// copies nothing, so a capitalised word tried against its endings
	// allocates only for the place it gives (TestSlavicBaseAllocs).
	var buf [64]byte
	for _, c := range slavicCaseEndings[lang] {
		stem, ok := strings.CutSuffix(w, c.ending)
		if !ok || stem == "" {
			continue
		}
		b := append(append(buf[:0], stem...), c.base...)
		if a, ok := lex.names[string(b)]; ok && a.e.class == classPlace && !a.ambiguous && (lex.eastNames[string(b)] || string(b) == normKey(a.e.canonical)) {
			return string(b), true
		}
		if e := lex.localNames[lang][string(b)]; e != nil {
			return e.canonical, true
		}
	}
	return "", false
}

// DeclinedPlace reports whether w, in a text of language lang (Polish or
// Russian), is a listed place in a case other than the nominative (rule
// slavicPlaceCase: "Германии", "Warszawy"). The people finder asks it so
// a place's genitive before a name stays out of the name ("сборной
// Германии Иван Велмов").
func DeclinedPlace(lang, w string) bool {
	if slavicCaseEndings[lang] == nil {
		return false
	}
	lex := loadLexicon()
	w = normKey(w)
	if _, listed := lex.names[w]; listed {
		return false
	}
	_, ok := slavicBaseOf(lex, lang, w)
	return ok
}
