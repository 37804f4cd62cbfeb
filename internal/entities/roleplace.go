package entities

import "strings"

// placeOffices are the role nouns whose complement is the place the office
// governs (rule roleComplementPlace), with the place's type: a mayor's is a
// town or city ("the mayor of Dunmore", "le maire de Brest", "el alcalde de
// Vigo", "der Bürgermeister von Kiel", "il sindaco di Chioggia", "de
// burgemeester van Delft", "o prefeito de Campinas"). A governor's
// complement is as often a bank or a prison as a region, and a president's
// or a premier's a country, a club or a firm: they are left out (governor,
// gobernador and Ministerpräsident as region changed nothing on the
// benchmarks: the places after them are in the word lists).
var placeOffices = map[string]string{
	"mayor": "city", "Mayor": "city", "mayoress": "city", "Mayoress": "city",
	"maire": "city", "Maire": "city", "mairesse": "city",
	"alcalde": "city", "Alcalde": "city", "alcaldesa": "city", "Alcaldesa": "city",
	"Bürgermeister": "city", "Bürgermeisterin": "city",
	"Oberbürgermeister": "city", "Oberbürgermeisterin": "city",
	// A town's council and its members: "der Stadtrat von Velmstadt".
	"Stadtrat": "city", "Stadträtin": "city", "Gemeinderat": "city", "Gemeinderätin": "city",
	"sindaco": "city", "Sindaco": "city", "sindaca": "city",
	"burgemeester": "city", "Burgemeester": "city",
	"prefeito": "city", "Prefeito": "city", "prefeita": "city", "Prefeita": "city",
}

// placeOfficeLinkers are the prepositions between an office and its place:
// English "of", French, Spanish and Portuguese "de", German "von", Italian
// "di", Dutch "van". (French "d'" stays glued to the name, "maire
// d'Ajaccio", and is not read.)
var placeOfficeLinkers = setOf(`of de von di van`)

// PlaceOffice reports whether office, in lower case, is an office of
// placeOffices and linker one of placeOfficeLinkers ("mayor", "of"): rule
// placeOfficeComplement of package people leaves the run after them to
// this package's rule roleComplementPlace, with the same lists.
func PlaceOffice(office, linker string) bool {
	return placeOfficeLinkers[linker] && placeOfficesLower[office]
}

// placeOfficesLower is placeOffices' keys in lower case.
var placeOfficesLower = func() map[string]bool {
	m := make(map[string]bool, len(placeOffices))
	for w := range placeOffices {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// matchRoleComplementPlace is rule roleComplementPlace: the capitalised
// name after an office of placeOffices and its preposition is the place
// the office governs ("The mayor of Dunmore, Tomas Verhoek, said"),
// typed by the office. At most three words (one in German, where every
// noun is capitalised, as rule langPlacePreposition reads it), not a
// person's, and not running on into capitalised words
// that are no person's ("mayor of Dunmore Velmar Hosking Grell": a name
// the rule cannot cut). Measured with lede extract, d5ac9aa -> this (md5
// halves of the file names): the 966 texts of shared/bench/quotes, 6
// places added (2 and 4) and 1 typed city, all right; the 568 extract
// texts as trafilatura gives them, 2 added (1 and 1: a French and a
// German town), both right; the 1,497 WCXB gold bodies unchanged. Rules
// placeOfficeComplement and particleComplementEnd of package people keep
// a two-word town and a German "von" town from being people first.
func (f *finder) matchRoleComplementPlace(toks []token, i int) int {
	if i == 0 || toks[i].allCaps || functionWords[toks[i].text] {
		return 0
	}
	var typ string
	if i >= 2 && !toks[i].gapBefore && !toks[i-1].gapBefore && placeOfficeLinkers[toks[i-1].text] {
		typ = placeOffices[toks[i-2].text]
	}
	if typ == "" {
		return 0
	}
	maxWords := 3
	if f.place != nil && f.place.genitive {
		maxWords = 1
	}
	j := i
	for j < len(toks) && j-i < maxWords && (j == i || next(toks, j)) && toks[j].cap && !toks[j].allCaps && !roleWords[toks[j].text] && !f.isTimeWord(toks[j].text) && !f.people[toks[j].key] && !functionWords[toks[j].text] {
		j++
		if toks[j-1].possessive {
			break
		}
	}
	if j == i {
		return 0
	}
	if next(toks, j) && toks[j].cap && !f.people[toks[j].key] && !roleWords[toks[j].text] {
		return 0
	}
	if demonym(toks[j-1].text) {
		return 0
	}
	f.add(classPlace, typ, "", f.spanText(toks, i, j))
	return j - i
}
