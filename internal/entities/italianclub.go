package entities

import "strings"

// italianClubArticles are the Italian definite articles and articulated
// prepositions, lower case ("l" and "dell" of an elision), that rule
// italianClubArticle reads before a city.
var italianClubArticles = setOf(`il lo la l del dello della dell al allo alla all dal dallo dalla dall
nel nello nella nell sul sullo sulla sull contro`)

// matchItalianClub is rule italianClubArticle: Italian writes a city
// without an article ("a Roma", "Napoli ha votato") and its football club
// with one ("il Napoli ha vinto", "la Roma di Verdi", "contro il Torino",
// "dell'Atalanta"), so a listed city right after a lower-case article
// or articulated preposition names the club, an organisation, not the
// place. "Milan" and "Genoa" are the clubs' names, the English ones of
// their cities, which Italian writes "Milano" and "Genova": they are
// the club with no article too. A city whose name holds its article
// ("La Spezia") is written capitalised and stays a place; an article
// opening the sentence counts ("Il Napoli ha vinto"). It returns
// the words taken, 0 when there is no such club. lede extract --format
// json (/tmp/hD/w/run.sh), 6493cfe -> this: the 966 quotes texts and the
// 2,045 go-trafilatura extract texts unchanged (no Italian club named
// so); bench quotes ggt-dev, polnear-dev, polnear-train byte-identical.
// TestItalianClubArticle is what proves it.
func (f *finder) matchItalianClub(toks []token, i int) int {
	if f.lang == langRulesFor["es"] {
		return f.matchSpanishClub(toks, i)
	}
	if f.lang != langRulesFor["it"] {
		return 0
	}
	t := toks[i]
	art := ""
	switch {
	case t.elided > 0:
		art = strings.ToLower(strings.TrimRight(f.line[t.start-int(t.elided):t.start], "'’"))
	case i > 0 && next(toks, i) && toks[i-1].sentStart:
		// "Il Napoli ha vinto": the article opening the sentence.
		art = strings.ToLower(toks[i-1].text)
	case i > 0 && next(toks, i):
		art = toks[i-1].text
	}
	if !italianClubArticles[art] && t.key != "Milan" && t.key != "Genoa" {
		return 0
	}
	a, n := f.longestAlias(toks, i)
	// An ambiguous city ("Roma", a people too) is the club all the same
	// after an article.
	if n != 1 || a.e.class != classPlace || a.e.typ != "city" || a.ambiguous && art == "" {
		return 0
	}
	f.add(classOrg, "team", "", f.spanText(toks, i, i+1))
	return 1
}

// spanishClubArticles are the Spanish masculine article and its
// contractions, lower case, that rule spanishClubArticle reads before a
// city.
var spanishClubArticles = setOf(`el al del`)

// matchSpanishClub is rule spanishClubArticle, rule italianClubArticle's
// Spanish form: Spanish writes a city without an article ("en Valencia",
// "Sevilla celebra") and its club with the masculine one ("el Valencia
// venció al Sevilla", "la afición del Betis"), so a listed city right
// after a lower-case "el", "al" or "del" is the club. A city whose name
// holds its article ("El Cairo", "La Haya") writes it capitalised; an
// article opening the sentence is left for that reason ("El Cairo
// acoge", read as a name).
func (f *finder) matchSpanishClub(toks []token, i int) int {
	if i == 0 || !next(toks, i) || !spanishClubArticles[toks[i-1].text] {
		return 0
	}
	a, n := f.longestAlias(toks, i)
	if n != 1 || a.e.class != classPlace || a.e.typ != "city" || a.ambiguous {
		return 0
	}
	// Rule clubResult's memory: the city's name alone later is the club
	// ("Sevilla perdió"), but after a preposition ("en Sevilla").
	f.addClub(toks, i, i+1)
	return 1
}
