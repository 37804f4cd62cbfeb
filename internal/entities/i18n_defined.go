package entities

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the rules for organisations the text itself defines,
// which no word list needs to know: a name followed by its acronym in
// parentheses (rule definedAcronym) and a name followed by an appositive
// whose head is an organisation's kind noun (rule appositiveKind). They
// run in the languages with rules and in English (Options.Lang "en"; no
// language given, the English rules alone run, as before).

// maxDefinedWords bounds the name before an acronym in parentheses: "Agence
// nationale de la sécurité routière" is six words, "Confederación de
// Pescadores del Cantábrico" five; longer runs are sentences.
const maxDefinedWords = 8

// minDefinedInitials: at least two of the acronym's letters open words of
// the name ("Bauernverband Oberland (BVO)": B and O; "Istituto nazionale di
// statistica (Istat)": I and s), so a word that merely holds the letters
// somewhere defines nothing.
const minDefinedInitials = 2

// maxDefinedAcronym bounds an acronym's letters ("FNPL", "Istat", "CCOO";
// eight covers the long ones, "FNSEA" and "UNISTRA").
const maxDefinedAcronym = 8

// definedAcronymShape reports a word that can be an acronym defined in
// parentheses: two to eight letters opening with a capital, either all in
// capitals ("ANSR") or a capital and lower case of at most five letters
// ("Istat", "Anm", "Ersi"), as Italian and Spanish write them.
func definedAcronymShape(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > maxDefinedAcronym || !isCap(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	if strings.ToUpper(w) == w {
		return true
	}
	// maxMixedAcronym: "Istat", "Ersi"; longer mixed-case words in
	// parentheses are names or translations ("(Lombardia)").
	const maxMixedAcronym = 5
	return n <= maxMixedAcronym
}

// openingWord reports an article or sentence opener, which opens no
// defined name ("Der", "La"; English "The", "However").
func (f *finder) openingWord(w token) bool {
	if f.lang == nil {
		return functionWords[w.text]
	}
	return f.lang.articles[w.text] || w.sentStart && f.lang.openers[w.text]
}

// definition is one acronym defined in the text: the name as written
// before it, and the type its kind word gives.
type definition struct {
	acr, name, typ string
	// others are the other names the text defines the acronym with
	// ("Velmora Growers Union (VGU)", later "Velmora Growers' Union
	// (VGU)"): the same organisation.
	others []string
}

// definedAt returns, for the acronym at toks[j] written in parentheses
// right after a name ("die Landesanstalt für Umwelt (LfU)"), the index the
// name opens at, or -1. Rule definedAcronym: the name is a run of at most
// maxDefinedWords words joined by single spaces, opening with a
// capitalised word that is no article, opener or person's word, whose
// letters spell the acronym in order (see spells); the nearest such
// opening wins ("Der Deutsche Imkerbund (DIB)" is "Deutsche Imkerbund").
func (f *finder) definedAt(toks []token, j int) int {
	t := toks[j]
	if !f.defining || j == 0 || !t.openParen || t.follow != ')' || !definedAcronymShape(t.text) || f.people[t.key] {
		return -1
	}
	// English writes its acronyms in capitals; a mixed-case word in
	// parentheses there is a term's short form ("Velmoran Finance
	// (VeFi)", "Quill Token Sales (QTSs)"; two such on the extract
	// benchmark's English pages), no organisation's.
	if f.lang == nil && !t.allCaps {
		return -1
	}
	if toks[j-1].follow != '(' {
		return -1
	}
	acr := []rune(strings.ToLower(t.text))
	// low holds the lower-cased letters of toks[lo:j], each word's read
	// once, when a candidate start first takes it in, instead of once per
	// candidate start.
	lo := max(0, j-maxDefinedWords)
	low := make([][]rune, j-lo)
	for k := j - 1; k >= 0 && j-k <= maxDefinedWords; k-- {
		if k < j-1 && !next(toks, k+1) {
			break
		}
		w := toks[k]
		if !w.cap || f.openingWord(w) || f.people[w.key] {
			continue
		}
		for m := k; m < j && low[m-lo] == nil; m++ {
			low[m-lo] = []rune(strings.ToLower(toks[m].text))
		}
		if spells(acr, toks[k:j], low[k-lo:]) {
			// A two-letter acronym spells too many phrases ("Blended
			// Velmo (BV)"; two such on the extract benchmark's German
			// pages): its name needs a kind word.
			if _, kind := f.definedType(toks[k:j]); len(acr) == 2 && !kind {
				return -1
			}
			return k
		}
	}
	return -1
}

// spells reports whether the acronym's letters acr (lower case) can be read
// in order from the words: the first letter opens the first word, every
// capitalised word and the last word give at least one letter, and at
// least minDefinedInitials letters open a word (or all, for a two-letter
// acronym). Letters may come from inside a word, as German compounds and
// Italian syllable acronyms take them ("Bauernverband" gives B and V of
// "BVO"; "Istituto ... statistica" gives "Ist" and "at" of "Istat"). ws[i]
// is words[i].text lower-cased, as runes (definedAt lower-cases each word
// once for all the starts it tries).
func spells(acr []rune, words []token, ws [][]rune) bool {
	for i := range words {
		if len(ws[i]) > maxSpelledWord {
			return false // bounds the search on junk input
		}
	}
	if len(ws[0]) == 0 || ws[0][0] != acr[0] {
		return false
	}
	need := min(minDefinedInitials, len(acr))
	// best returns the most word-opening letters with which acr[a:] can be
	// read from word wi, letter position p on, word wi having given a
	// letter already; -1 when it cannot. Memoised on (a, wi, p).
	memo := map[[3]int]int{}
	var best func(a, wi, p int) int
	best = func(a, wi, p int) int {
		key := [3]int{a, wi, p}
		if r, ok := memo[key]; ok {
			return r
		}
		res := -1
		if a == len(acr) {
			// The words left must need no letter.
			res = 0
			for k := wi + 1; k < len(ws); k++ {
				if words[k].cap || k == len(ws)-1 {
					res = -1
				}
			}
			memo[key] = res
			return res
		}
		// The letter from the same word, later on.
		for q := p; q < len(ws[wi]); q++ {
			if ws[wi][q] == acr[a] {
				if r := best(a+1, wi, q+1); r >= 0 {
					res = max(res, r)
				}
			}
		}
		// Or from a later word, the words between giving none (only
		// lower-case ones may: "de", "la", "per").
		for k := wi + 1; k < len(ws); k++ {
			for q, r := range ws[k] {
				if r == acr[a] {
					if v := best(a+1, k, q+1); v >= 0 {
						res = max(res, v+b2i(q == 0))
					}
				}
			}
			if words[k].cap {
				break // a capitalised word may not be skipped
			}
		}
		memo[key] = res
		return res
	}
	return best(1, 0, 1)+1 >= need
}

// maxSpelledWord: a word of a defined name is at most this long
// ("Bundesverbraucherschutzministerium" is 34 letters); longer tokens are
// junk, and the letter search's cost grows with the square of a word's
// length.
const maxSpelledWord = 40

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// collectDefinitions reads the acronyms the text defines (rule
// definedAcronym) from title and text, before the scan, so a mention of
// the acronym before its definition (in the headline) counts too.
func (f *finder) collectDefinitions(title, text string) {
	if !f.defining {
		return
	}
	for _, s := range []string{title, text} {
		for line := range strings.SplitSeq(s, "\n") {
			if !strings.Contains(line, "(") {
				continue
			}
			toks := f.tokenize(line)
			f.elidedName(toks)
			for j := range toks {
				if k := f.definedAt(toks, j); k >= 0 {
					name := f.spanText(toks, k, j)
					if f.defined == nil {
						f.defined = map[string]definition{}
					}
					d, ok := f.defined[toks[j].text]
					switch {
					case !ok:
						typ, _ := f.definedType(toks[k:j])
						f.defined[toks[j].text] = definition{acr: toks[j].text, name: name, typ: typ}
					case name != d.name && !slices.Contains(d.others, name):
						d.others = append(d.others, name)
						f.defined[toks[j].text] = d
					}
				}
			}
		}
	}
}

// definedType is the type of a defined organisation: its kind word's
// ("Bauernverband": organisation; "Agence": government), else
// "organisation" and false.
func (f *finder) definedType(words []token) (string, bool) {
	for _, w := range words {
		if f.lang != nil {
			// A venue's head (rule romanceVenue) names a place, no
			// organisation's type.
			if k, ok := f.lang.heads[w.text]; ok && k.class == classOrg {
				return k.typ, true
			}
		}
		if k, ok := f.plainSuffixKind(w.text); ok && k.class == classOrg {
			return k.typ, true
		}
	}
	return kindOrg.typ, false
}

// matchDefined is rule definedAcronym in the scan: a name defined with its
// acronym is an organisation, and the acronym, there or alone later
// ("Selon l'ANSR", "der DIB", "l'Istat"), a mention of it (tied in
// mergeDefined, as another rule may have read the name first).
func (f *finder) matchDefined(toks []token, i int) int {
	if f.defined == nil {
		return 0
	}
	// The name, then its acronym in parentheses.
	for j := i + 1; j < len(toks) && j-i <= maxDefinedWords; j++ {
		if !toks[j].openParen {
			continue
		}
		if f.definedAt(toks, j) == i {
			if d, ok := f.defined[toks[j].text]; ok {
				f.add(classOrg, d.typ, "", f.spanText(toks, i, j))
				f.add(classOrg, d.typ, "", toks[j].text)
				return j - i + 1
			}
		}
		break
	}
	if d, ok := f.defined[toks[i].text]; ok {
		f.add(classOrg, d.typ, "", toks[i].text)
		return 1
	}
	return 0
}

// mergeDefined ties each defined acronym's organisation to its name's
// (rule definedAcronym): the one organisation is named as the text
// defined it ("Agence nationale de la sécurité routière", mentions the
// name and "ANSR"), unless a word list gave it its name.
func (f *finder) mergeDefined(all []*found) []*found {
	if len(f.defined) == 0 {
		return all
	}
	// withMention finds the organisation written m, or else one whose
	// mention ends in m: the acronym's nearest name may be the tail of a
	// longer one another rule read ("Northern Velmora Bond Fund
	// (VBF)").
	// The longer name then stays the organisation's (exact false).
	withMention := func(m string) (e *found, exact bool) {
		for _, e := range all {
			if e.class == classOrg && e.count(m) > 0 {
				return e, true
			}
		}
		for _, e := range all {
			if e.class != classOrg {
				continue
			}
			for _, x := range e.mentions {
				if strings.HasSuffix(x, " "+m) {
					return e, false
				}
			}
		}
		return nil, false
	}
	drop := map[*found]bool{}
	// In key order, so the output does not depend on map order.
	for _, acr := range slices.Sorted(maps.Keys(f.defined)) {
		d := f.defined[acr]
		a, _ := withMention(d.acr)
		b, exact := withMention(d.name)
		if a == nil || drop[a] {
			continue
		}
		target := a
		switch {
		case b == nil:
			// The name went to no organisation (a rule read it as
			// a place, or it was never scanned): the acronym's
			// organisation takes it.
			if a.name == "" {
				a.name = d.name
			}
		case b != a:
			mergeInto(b, a)
			drop[a] = true
			target = b
		}
		if target.name == "" && exact {
			target.name = d.name
		}
		for _, o := range d.others {
			if e, exact := withMention(o); e != nil && exact && e != target && !drop[e] {
				mergeInto(target, e)
				drop[e] = true
			}
		}
	}
	out := all[:0]
	for _, e := range all {
		if !drop[e] {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].order < out[y].order })
	return out
}

// mergeInto moves src's mentions into dst, which keeps the earlier
// first mention.
func mergeInto(dst, src *found) {
	for _, m := range src.mentions {
		dst.addCount(m, src.count(m))
	}
	dst.order = min(dst.order, src.order)
}

// appositiveRules are one language's words for rule appositiveKind.
type appositiveRules struct {
	// articles open the appositive, lower case ("ein", "une", "l'").
	articles map[string]bool
	// kinds are the organisation kind nouns heading it, with the type
	// they give; compounds counts a German or Dutch compound ending in
	// one ("Energieversorger", "brancheorganisatie").
	kinds     map[string]string
	compounds bool
	// english: the kind noun may head a compound of its own ("a union
	// official", "a company spokesman"), so it must close the noun
	// phrase (englishAfterKind), and a name opening a sentence must be
	// written again elsewhere ("Meanwhile, the company ..." names none).
	english bool
	// conjunctions join a list's items (a kind noun before one is the
	// next item, no appositive).
	conjunctions map[string]bool
}

// appositiveRulesFor holds rule appositiveKind's words per language: the
// kind nouns of langPlaceRules.kindBefore and the other nouns news uses
// to say what an unknown organisation is ("a cooperative", "a federation",
// "an energy supplier").
var appositiveRulesFor = map[string]*appositiveRules{
	"en": {conjunctions: setOf(`and or`), articles: setOf(`a an the`), english: true, kinds: kinds(map[string]string{
		"organisation": `association union charity federation organisation organization foundation cooperative co-operative confederation institute nonprofit non-profit`,
		"company":      `company firm manufacturer supplier carrier`,
		"party":        `party`, "newspaper": `newspaper`, "broadcaster": `broadcaster`, "government": `agency`})},
	"de": {conjunctions: setOf(`und oder sowie`), articles: setOf(`ein eine der die das`), compounds: true, kinds: kinds(map[string]string{
		"organisation": `Verband Gewerkschaft Verein Stiftung Bündnis Initiative Organisation Institut Genossenschaft Agentur`,
		"company":      `Konzern Unternehmen Firma Versorger Hersteller Anbieter Betreiber Händler`,
		"party":        `Partei`, "newspaper": `Zeitung`, "broadcaster": `Sender`,
		"government": `Behörde`})},
	"nl": {conjunctions: setOf(`en of`), articles: setOf(`een de het`), compounds: true, kinds: kinds(map[string]string{
		"organisation": `vereniging vakbond organisatie stichting federatie bond coöperatie`,
		"company":      `bedrijf concern onderneming fabrikant leverancier`,
		"party":        `partij`, "newspaper": `krant`, "broadcaster": `omroep`})},
	"fr": {conjunctions: setOf(`et ou`), articles: setOf(`un une le la l`), kinds: kinds(map[string]string{
		"organisation": `association syndicat fédération organisation fondation coopérative collectif institut confédération`,
		"company":      `société entreprise groupe constructeur fabricant fournisseur`,
		"party":        `parti`, "newspaper": `journal quotidien`, "broadcaster": `chaîne`, "government": `agence`})},
	"es": {conjunctions: setOf(`y o e`), articles: setOf(`un una el la`), kinds: kinds(map[string]string{
		"organisation": `asociación sindicato federación organización fundación cooperativa plataforma confederación instituto`,
		"company":      `empresa compañía grupo constructora aerolínea fabricante`,
		"party":        `partido`, "newspaper": `diario periódico`, "broadcaster": `cadena`, "government": `agencia`})},
	"it": {conjunctions: setOf(`e o ed`), articles: setOf(`un uno una il lo la l`), kinds: kinds(map[string]string{
		"organisation": `associazione sindacato federazione organizzazione fondazione cooperativa confederazione istituto`,
		"company":      `società azienda gruppo produttore`,
		"party":        `partito`, "newspaper": `quotidiano giornale`, "broadcaster": `emittente`, "government": `agenzia ente`})},
	"pt": {conjunctions: setOf(`e ou`), articles: setOf(`um uma o a`), kinds: kinds(map[string]string{
		"organisation": `associação sindicato federação organização fundação cooperativa confederação instituto`,
		"company":      `empresa companhia grupo fabricante`,
		"party":        `partido`, "newspaper": `jornal`, "broadcaster": `emissora`, "government": `agência`})},
}

// appositiveLinkers are the prepositions that join a noun to its
// complement ("del", "des", "van"): the word before one is the
// appositive's head, so rule appositiveKind skips no further.
var appositiveLinkers = setOf(`de del della dello delle dei degli di da do dos das du des d van voor von der für of for`)

// englishAfterKind are the words that may follow an English appositive's
// kind noun, its noun phrase closed: a complement or a relative clause
// ("a union for nurses", "a charity that ...", "an agency based in ...").
var englishAfterKind = setOf(`of for in that which who whose representing based with at on from led run founded`)

// maxAppositiveName bounds the name before an appositive: one to three
// capitalised words ("Tarvis", "Velmora Energie"); a longer run is a
// title or a list.
const maxAppositiveName = 3

// maxAppositiveAdjectives: the appositive's article and kind noun may
// have up to two lower-case words between them ("un grand syndicat", "ein
// kleiner regionaler Verband").
const maxAppositiveAdjectives = 2

// matchAppositive is rule appositiveKind: an unknown name, then a comma and
// an appositive whose head is an organisation's kind noun, names an
// organisation the text defines: "Tarvis, ein Verband der Spediteure",
// "Verdanne, une association de cyclistes", "Agrivalle, l'associazione
// dei coltivatori", "Brantex, een vakbond voor landarbeiders". A
// capitalised word before "said" names nobody's kind, so this asks for
// the kind noun. A person's word, or in German a word the text writes
// after a determiner (a common noun: "Die Spediteure, die ..."), is no
// such name.
func (f *finder) matchAppositive(toks []token, i int) int {
	ar := f.appos
	if ar == nil {
		return 0
	}
	j := i
	// A month or weekday ("Lundi, un syndicat ... appelle", "Montag, ein
	// Verband ...") opens the sentence, it names nothing (isTimeWord).
	for j < len(toks) && (j == i || next(toks, j)) && toks[j].cap && !f.people[toks[j].key] && !f.isTimeWord(toks[j].text) && !toks[j].possessive {
		j++
		if toks[j-1].follow == ',' {
			break
		}
	}
	if j == i || j-i > maxAppositiveName || j >= len(toks) || toks[j-1].follow != ',' {
		return 0
	}
	if ar.compounds && f.place != nil && f.place.genitive && f.determinedNoun(toks[i].text) {
		return 0
	}
	// The article: "ein", "une", or elided and glued to the noun
	// ("l'associazione").
	k := j
	w := toks[k].text
	if a := strings.IndexAny(w, "'’"); a > 0 && ar.articles[w[:a]] {
		_, sz := utf8.DecodeRuneInString(w[a:])
		w = w[a+sz:]
	} else if ar.articles[w] {
		k++
		if k >= len(toks) || !next(toks, k) {
			return 0
		}
		w = toks[k].text
		// A linker ends the words skipped: "un portavoz del sindicato"
		// is a person's appositive, its head "portavoz".
		for n := 0; n < maxAppositiveAdjectives && !f.appositiveKind(w) && isLower(w) && !appositiveLinkers[w] && k+1 < len(toks) && !toks[k+1].gapBefore; n++ {
			k++
			w = toks[k].text
		}
	} else {
		return 0
	}
	typ, ok := f.appositiveType(w)
	if !ok || toks[k].possessive {
		return 0 // "Velmora, the agency's director": a person's role
	}
	if ar.english {
		if k+1 < len(toks) && next(toks, k+1) && !englishAfterKind[toks[k+1].text] {
			return 0 // "Velmora, a union official, said": his role
		}
		if toks[i].sentStart && strings.Count(f.text, f.spanText(toks, i, j)) < 2 {
			return 0
		}
	}
	// "Die Velmarer Liedertage, der Heimatverband und der Chor":
	// a kind noun followed by a conjunction is the next item of a list,
	// not an appositive (seen on a German page of the extract benchmark).
	if k+1 < len(toks) && next(toks, k+1) && ar.conjunctions[toks[k+1].text] {
		return 0
	}
	f.add(classOrg, typ, "", f.spanText(toks, i, j))
	return j - i
}

// isLower reports a word opening in lower case.
func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func (f *finder) appositiveKind(w string) bool {
	_, ok := f.appositiveType(w)
	return ok
}

// appositiveType is the type a kind noun of rule appositiveKind gives, a
// German or Dutch compound ending in one included ("Energieversorger",
// "brancheorganisatie").
func (f *finder) appositiveType(w string) (string, bool) {
	ar := f.appos
	if typ, ok := ar.kinds[w]; ok {
		return typ, true
	}
	if !ar.compounds {
		return "", false
	}
	for k, typ := range ar.kinds {
		if len(w) >= len(k)+minCompoundHead && strings.EqualFold(w[len(w)-len(k):], k) {
			return typ, true
		}
	}
	return "", false
}
