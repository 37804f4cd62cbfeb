package entities

import (
	"strings"
	"unicode/utf8"
)

// resultVerbs say how a match ended, with the club that played it as
// their subject (rule clubResult): "Barcelona beat Sevilla", "Bayern
// verliert in Dortmund", "Lyon bat Nantes", "Valencia vence al Betis".
// Not "won" nor "wins": cities win bids and awards ("Paris won the bid").
// German's past tenses ("schlug", "besiegte", "verlor") as the other
// languages' are listed.
var resultVerbs = setOf(`beat beats thrashed drew draws lost loses edged routed
verliert gewinnt schlägt besiegt siegt unterliegt bat perd vence pierde empata golea batte vince perde pareggia verliest wint verslaat
battu venció perdió empató goleó derrotó battuto schlug besiegte verlor`)

// resultAuxiliaries stand between a club and a result verb's participle
// ("Lyon a battu Marseille", "il Verona ha battuto"): rule clubResult
// reads past them.
var resultAuxiliaries = setOf(`a ha`)

// opponentWords lead from a result verb to the other club ("drew with
// Leeds", "lost to Porto", "verliert gegen Mainz", "perd contre
// Nantes"); a place preposition ("verliert in Dortmund") leads to where
// the match was, a place.
var opponentWords = setOf(`with to against gegen contre contra ante contro tegen al`)

// clubResult is rule clubResult: in a sentence about a match, a listed
// city or region is the club named after it, not the place: the subject
// of a result verb followed by a score or a listed place, right after it
// or after an opponent's word or a place preposition ("Barcelona beat
// Sevilla", "Bayern verliert 1:2", "Bayern verliert in Dortmund"), and a listed place right after such a verb or its
// opponent's word when a club opened the sentence ("beat Sevilla",
// "drew with Leeds"). Countries are rule nationalTeamResult's: a
// country's team is written the same, and a country beats another in much
// else. The club is remembered
// (f.clubs), and the word alone later in the text is the club too unless
// a preposition comes before it ("Bayern lag zurück", but "in Bayern").
// It reports whether toks[i:i+n], a listed place of type typ, is a club.
func (f *finder) clubResult(toks []token, i, n int, typ string) bool {
	if typ == "country" {
		return f.nationalTeamResult(toks, i, n)
	}
	if typ != "city" && typ != "region" && typ != "state" {
		return false
	}
	// The word alone: not after a preposition, nor closing another
	// name ("RSV Eintracht Berlin" is no "SC Berlin").
	if club, ok := f.clubs[toks[i].key]; ok && n == 1 && !f.afterPreposition(toks, i) && (i == 0 || !next(toks, i) || !toks[i-1].cap) {
		// Named as the text first named it ("Borussia Dortmund").
		if e := f.found[classOrg+"|"+foldKey(club)]; e != nil && !f.dry {
			e.addCount(toks[i].text, 1)
			if e.name == "" {
				e.name = club
			}
		} else {
			f.add(classOrg, "team", "", toks[i].text)
		}
		return true
	}
	j := i + n
	// The subject: "Barcelona beat Sevilla", "Bayern verliert in Dortmund".
	if k, ok := resultVerbAfter(toks, j); ok {
		if opponentWords[toks[k].text] || f.afterPreposition(toks, k+1) {
			k++
		}
		if k < len(toks) && (isDigitWord(toks[k].text) || f.listedClubPlace(toks, k)) {
			f.addClub(toks, i, j)
			return true
		}
	}
	// The opponent: "beat Sevilla", "drew with Leeds", after a club.
	k := i - 1
	if k >= 0 && opponentWords[toks[k].text] {
		k--
	}
	subj := k - 1
	if k >= 2 && resultAuxiliaries[toks[k-1].text] {
		subj = k - 2 // "Marseille a battu Lille"
	}
	if k >= 1 && resultVerbs[toks[k].text] && (f.clubEndsAt(toks, k-1) || f.clubEndsAt(toks, subj)) {
		f.addClub(toks, i, j)
		return true
	}
	return false
}

// resultVerbAfter reads a result verb at token j, after a subject
// ending before j, through an auxiliary ("a battu", "ha vinto"): it
// returns the token after the verb, ok false when none is there.
func resultVerbAfter(toks []token, j int) (int, bool) {
	v := j
	if v+2 < len(toks) && next(toks, v) && resultAuxiliaries[toks[v].text] && next(toks, v+1) {
		v++
	}
	if v+1 < len(toks) && next(toks, v) && resultVerbs[toks[v].text] {
		return v + 1, true
	}
	return 0, false
}

// nationalTeamResult is rule nationalTeamResult: a listed country on
// either side of a result verb, with another country on the other side and
// a score after it, is the country's team, an organisation of type team
// under the country's name, not the place: "Velmland beat Spain 2-1",
// "France drew with Italy 1-1", "la France a battu l'Italie 2-1", and
// with the verb first, as German and Dutch write it after an adverb, "Im
// Finale schlug Deutschland Frankreich mit 2:1". Without both countries
// and the score a country beats another in much else ("Spain beat France
// to the contract"), so rule clubResult leaves countries, and the team is
// not remembered: the word alone later in the text is the country again.
// It reports whether toks[i:i+n], a listed country, is a team.
func (f *finder) nationalTeamResult(toks []token, i, n int) bool {
	j := i + n
	// Rule nationalTeamNoun: a country before a word of a sports side,
	// possessive or not, is its team ("England's squad", "the Velmland
	// XI", "France coach Velm Arko").
	if j < len(toks) && !toks[j].gapBefore && squadNouns[toks[j].text] {
		return f.addTeam(toks, i, j)
	}
	// The subject: "Spain beat England 2-1".
	if k, ok := resultVerbAfter(toks, j); ok {
		if k+1 < len(toks) && (opponentWords[toks[k].text] || countryOpponentWords[toks[k].text]) {
			k++
		}
		if k+1 < len(toks) && countryArticles[toks[k].text] {
			k++
		}
		if m := f.countryAt(toks, k); m > 0 && scoreAfter(toks, k+m) {
			return f.addTeam(toks, i, j)
		}
	}
	// The verb first: "schlug Deutschland Frankreich mit 2:1", the
	// subject then the opponent.
	if i >= 1 && resultVerbs[toks[i-1].text] && next(toks, i) {
		if m := f.countryAt(toks, j); m > 0 && next(toks, j) && scoreAfter(toks, j+m) {
			return f.addTeam(toks, i, j)
		}
	}
	// The opponent: "beat England 2-1" after a country, or after the
	// verb and the subject ("schlug Deutschland Frankreich").
	if !scoreAfter(toks, j) {
		return false
	}
	for s := max(1, i-maxCountryWords); s < i; s++ {
		if f.countryAt(toks, s) == i-s && resultVerbs[toks[s-1].text] && next(toks, i) {
			return f.addTeam(toks, i, j)
		}
	}
	k := i - 1
	if k >= 1 && countryArticles[toks[k].text] {
		k--
	}
	if k >= 1 && (opponentWords[toks[k].text] || countryOpponentWords[toks[k].text]) {
		k--
	}
	if k < 1 || !resultVerbs[toks[k].text] {
		return false
	}
	subjEnd := k
	if k >= 2 && resultAuxiliaries[toks[k-1].text] {
		subjEnd = k - 1 // "la France a battu l'Italie"
	}
	for s := max(0, subjEnd-maxCountryWords); s < subjEnd; s++ {
		if f.countryAt(toks, s) == subjEnd-s {
			return f.addTeam(toks, i, j)
		}
	}
	return false
}

// addTeam records the country toks[i:j] as its team under the country's
// name (rule nationalTeamResult: "l'Italie" is Italy's team) and reports
// true.
func (f *finder) addTeam(toks []token, i, j int) bool {
	a, _ := f.longestAlias(toks, i)
	f.add(classOrg, "team", a.e.canonical, f.spanText(toks, i, j))
	return true
}

// squadNouns name a national side or one of its places (rule
// nationalTeamNoun); not "team" nor "side" ("Britain's team of
// negotiators", "on France's side"), nor "defender" ("Ukraine's
// defenders"), nor "boss".
var squadNouns = setOf(`squad squads XI lineup line-up captain coach manager striker goalkeeper midfielder skipper`)

// countryArticles stand before a country's name in Italian, Spanish and
// French ("ha battuto la Spagna", "ha battuto il Belgio"): rule
// nationalTeamResult reads past one before the opponent.
var countryArticles = setOf(`la le il el lo`)

// countryOpponentWords lead to the opponent country besides opponentWords:
// Spanish "a" ("España venció a Italia"), which before a city is as often
// a destination (rule clubResult leaves it).
var countryOpponentWords = setOf(`a`)

// maxCountryWords bounds a country's name read before a result verb (rule
// nationalTeamResult): "Bosnia and Herzegovina", "United Arab Emirates".
const maxCountryWords = 3

// countryAt returns the length of a listed country's name at toks[k], or 0.
func (f *finder) countryAt(toks []token, k int) int {
	a, n := f.longestAlias(toks, k)
	if n == 0 || a.e.class != classPlace || a.e.typ != "country" {
		return 0
	}
	return n
}

// scoreLinkers stand between a result and its score ("mit 2:1", "by two
// goals", "por 2-1", "per 2-1"): rule nationalTeamResult reads past one.
var scoreLinkers = setOf(`mit by por par per met`)

// scoreAfter reports a score right after toks[j-1]: a number, or a
// scoreLinkers word and a number ("2-1", "mit 2:1").
func scoreAfter(toks []token, j int) bool {
	if j+1 < len(toks) && next(toks, j) && scoreLinkers[toks[j].text] {
		j++
	}
	return j < len(toks) && next(toks, j) && isDigitWord(toks[j].text)
}

// addClub records toks[i:j] as a club, and its name for the text's later
// mentions (rule clubResult).
func (f *finder) addClub(toks []token, i, j int) {
	name := f.spanText(toks, i, j)
	if f.clubs == nil {
		f.clubs = map[string]string{}
	}
	if j == i+1 {
		if _, ok := f.clubs[toks[i].key]; !ok {
			f.clubs[toks[i].key] = name
		}
	}
	f.add(classOrg, "team", f.clubs[toks[i].key], name)
}

// clubEndsAt reports a club's name ending at toks[k] (rule clubResult):
// a club remembered in the text.
func (f *finder) clubEndsAt(toks []token, k int) bool {
	_, ok := f.clubs[toks[k].key]
	return ok
}

// listedClubPlace reports a listed city, region or state at toks[k],
// the other club of a result (rule clubResult).
func (f *finder) listedClubPlace(toks []token, k int) bool {
	a, n := f.longestAlias(toks, k)
	return n > 0 && a.e.class == classPlace && (a.e.typ == "city" || a.e.typ == "region" || a.e.typ == "state")
}

// afterPreposition reports a place preposition right before toks[k]:
// one of clubPlacePreps, one of the text's language, or a German one
// (germanTownPrepositions) in any text.
func (f *finder) afterPreposition(toks []token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	w := toks[k-1].text
	return clubPlacePreps[w] || f.place != nil && (f.place.preps[w] || f.place.directional[w]) || germanTownPrepositions[w]
}

// clubPlacePreps lead to a place rather than a club (rule clubResult):
// English "in", "at", "from", "to", with the "of" of the languages: "the mayor of Barcelona", "el alcalde
// de Valencia", "der Bürgermeister von Hamburg" name the city.
var clubPlacePreps = setOf(`in In at At from From to To of de von`)

// isDigitWord reports a word of digits, a score's ("3" of "3-1").
func isDigitWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// sporSuffix ends the names of Turkish sports clubs, "spor" (sport)
// written onto the city's or the sponsor's name: "Trabzonspor",
// "Konyaspor", "Velmspor".
const sporSuffix = "spor"

// minSporStem: the shortest name before sporSuffix, a city's ("Rizespor",
// "Ağrıspor"); "Bilyespor" is no word of another language.
const minSporStem = 3

// matchSporClub is rule sporClub: one capitalised word ending in
// sporSuffix ("Konyaspor", "Trabzonspor'u") is a Turkish sports club,
// not the city it opens with, in any language's text.
func (f *finder) matchSporClub(toks []token, i int) int {
	t := toks[i]
	stem, ok := strings.CutSuffix(t.text, sporSuffix)
	// No all-caps check: a shouted word never ends in the lower-case
	// suffix ("VELMSPOR", TestSporClub).
	if !ok || utf8.RuneCountInString(stem) < minSporStem || !isCap(stem) {
		return 0
	}
	f.add(classOrg, "team", "", t.text)
	return 1
}

// mergeClubNames is rule clubResult's last step: a club read under its
// place's name alone before the text named it in full ("Bayern verliert
// in Dortmund" as the headline, "Der FC Bayern ..." after) is the club
// named in full, one organisation: a team whose one-word name is the
// last word of another team's mention opened by clubShortPrefixes.
func mergeClubNames(all []*found) []*found {
	full := map[string]*found{}
	for _, e := range all {
		if e.class != classOrg || e.typ != "team" {
			continue
		}
		for _, m := range e.mentions {
			if p, w, ok := strings.Cut(m, " "); ok && clubShortPrefixes[p] && !strings.Contains(w, " ") {
				full[w] = e
			}
		}
	}
	if len(full) == 0 {
		return all
	}
	out := all[:0]
	for _, e := range all {
		short := e.name
		if short == "" && len(e.mentions) == 1 {
			short = e.mentions[0]
		}
		if g := full[short]; g != nil && g != e && e.class == classOrg && e.typ == "team" {
			for k, m := range e.mentions {
				g.addCount(m, e.counts[k])
			}
			continue
		}
		out = append(out, e)
	}
	return out
}

// matchPolishClubCity is rule polishClubCity: Polish clubs are named by a
// word and their city in the nominative ("Legia Warszawa", "Wisła
// Kraków"), and the city stays so when the club's word is declined
// ("pokonali Lecha Poznań", "piłkarze Legii Warszawa"): a capitalised
// word right before a listed city written in the nominative is the club,
// and the city no place. Not a person's word, a listed name or a
// sentence's first word the text also writes in lower case, and no
// capitalised word after the city ("Dworzec Kraków Główny" is a
// station's name).
func (f *finder) matchPolishClubCity(toks []token, i int) int {
	if f.lang0 != "pl" || i+1 >= len(toks) || toks[i].allCaps || f.people[toks[i].key] || !next(toks, i+1) {
		return 0
	}
	c := toks[i+1]
	if c.key != c.text || next(toks, i+2) && toks[i+2].cap || f.listLen(toks, i) > 0 {
		return 0
	}
	a, n := f.longestAlias(toks, i+1)
	if n != 1 || a.e.class != classPlace || a.e.typ != "city" || a.ambiguous {
		return 0
	}
	if toks[i].sentStart && f.writesLower(toks[i].text) {
		return 0
	}
	// The club declined ("Legii Warszawa" after "Legia Warszawa") is the
	// club first named: same city, its word the same but for the ending.
	mention := f.spanText(toks, i, i+2)
	name := mention
	for _, k := range f.plClubs[c.key] {
		if sameStem(k, toks[i].text) {
			name = k + " " + c.text
			break
		}
	}
	if name == mention {
		if f.plClubs == nil {
			f.plClubs = map[string][]string{}
		}
		f.plClubs[c.key] = append(f.plClubs[c.key], toks[i].text)
	}
	f.add(classOrg, "team", name, mention)
	return 2
}

// maxCaseEnding: the letters a Polish case ending takes from a word's
// nominative and adds ("Legia", "Legii"; "Lech", "Lecha"; "Wisła",
// "Wisłą").
const maxCaseEnding = 2

// sameStem reports two forms of one word in Polish cases: the same but for
// the last maxCaseEnding letters of each, with three letters in common.
func sameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= minClubStem && len(ra)-n <= maxCaseEnding && len(rb)-n <= maxCaseEnding
}

// minClubStem: the letters two forms of a club's word share at least
// ("Leg" of "Legia", "Legii").
const minClubStem = 3

// clubYearDigits: German clubs write their founding year's last two
// digits after the city ("Hannover 96", "Mainz 05").
const clubYearDigits = 2

// matchCityNumberClub is rule cityNumberClub: in German text a listed
// city followed by a number of clubYearDigits digits is a club named
// with its founding year ("Hannover 96 spielte unentschieden", "gegen
// Mainz 05"), not the city; not after a place preposition ("in Hannover
// 96 Wohnungen"), inside a longer name ("Strider Boston 13", a shoe) or
// before a decimal ("Washington 58,0" of a table: English tables were
// its only other sightings).
func (f *finder) matchCityNumberClub(toks []token, i int) int {
	if f.lang0 != "de" || i+1 >= len(toks) || i > 0 && next(toks, i) && toks[i-1].cap && !toks[i-1].sentStart {
		return 0
	}
	a, n := f.longestAlias(toks, i)
	j := i + n
	if n != 1 || j >= len(toks) || !next(toks, j) || len(toks[j].text) != clubYearDigits || !isDigitWord(toks[j].text) ||
		a.e.class != classPlace || a.e.typ != "city" || a.ambiguous || f.afterPreposition(toks, i) {
		return 0
	}
	if rest := f.line[toks[j].end:]; len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		return 0
	}
	f.add(classOrg, "team", "", f.spanText(toks, i, j+1))
	return j + 1 - i
}
