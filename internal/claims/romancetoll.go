package claims

// romanceToll is rule romanceToll, rule spelledToll for French, Spanish
// and Italian: a small count in words is a claim when it counts the dead
// or injured of a toll, a toll word right after it ("trois morts") or
// after its noun, past auxiliaries and an adverb of degree ("Trois
// ouvriers ont été grièvement blessés", "Dos personas murieron", "Tre
// operai sono rimasti feriti"). Their participles and past tenses are no
// active verb with the count for subject, so none needs an auxiliary.
// Ordinary counts ("deux responsables ont déclaré", "tres días después")
// have no toll word, and French "neuf" stays no count (rule langSpelled).
// toks[j] is the word after the number.
// /tmp/hk17/runc.sh (lede extract --format json), the tree with this rule
// off -> on: 966 quotes-benchmark texts (English) and 2,045
// go-trafilatura extract texts (49 French, Spanish, Italian) unchanged:
// no real text has such a toll; invented tests only.
func romanceToll(toks []ltok, j int, sp *spelledNum) bool {
	if !romanceTollLangs[sp] || j >= len(toks) || !toks[j].word || j > 0 && toks[j-1].lower == "neuf" {
		return false // French "neuf" is "new" too: never a count alone
	}
	isToll := func(w string) bool { return tollWords[w] || romanceTollVerbs[w] }
	if isToll(toks[j].lower) {
		return true
	}
	k := j
	for k < len(toks) && k < j+2 && toks[k].word && !upperStart(toks[k].text) && !romanceTollAux[toks[k].lower] && !isToll(toks[k].lower) {
		k++
	}
	if k == j {
		return false
	}
	for n := 0; n < 3 && k < len(toks) && toks[k].word && (romanceTollAux[toks[k].lower] || romanceTollDegree[toks[k].lower]); n++ {
		k++
	}
	return k < len(toks) && toks[k].word && isToll(toks[k].lower)
}

// romanceTollLangs are the languages of rule romanceToll; romanceTollAux
// their auxiliaries before a toll's participle ("ont été", "resultaron",
// "sono rimasti"); romanceTollDegree the adverbs of degree
// ("grièvement", "gravemente"); romanceTollVerbs the toll's participles
// and past tenses tollWords lacks ("murieron", "uccisi").
//
// Rule dutchToll: Dutch reads its tolls so too, the noun lower-case
// ("Bij de brand zijn vier mensen omgekomen", "twee bewoners raakten
// zwaar gewond", "drie doden"): a small count in words of the dead or
// injured gave no claim (a count of ten or more did).
var (
	romanceTollLangs  = map[*spelledNum]bool{spelledNums["fr"]: true, spelledNums["es"]: true, spelledNums["it"]: true, spelledNums["nl"]: true}
	romanceTollAux    = setOf(`ont été sont étaient avaient han sido fueron resultaron resultado sono stati state rimasti rimaste erano zijn waren werden raakten`)
	romanceTollDegree = setOf(`grièvement légèrement gravement gravemente levemente leggermente également también anche zwaar licht ernstig`)
	romanceTollVerbs  = setOf(`décédés décédées arrêtés arrêtées secourus secourues murieron fallecieron fallecidas detenidos
detenidas arrestados rescatados morirono morte uccisi uccise deceduti decedute arrestati soccorsi
omgekomen overleden gedood zwaargewond gewonde`)
)
