package claims

// groupWords rank a population before a percentage that names a group
// of it (rule groupShare).
var groupWords = setOf(`top bottom richest wealthiest poorest`)

// rankPrepositions set a group after them as a rank something reaches
// ("finished among the top 3%"), a claim (rule groupShare).
var rankPrepositions = setOf(`in into among within`)

// groupRateNouns make a top percentage a rate ("the top 45 percent
// band"), a claim (rule groupShare).
var groupRateNouns = setOf(`rate rates bracket brackets band tax`)

// groupShare is rule groupShare: a percentage after "top", "bottom",
// "richest", "wealthiest" or "poorest" ("In Orvania the top 2 percent of
// earners bore 31.7 percent of the levy", "the poorest 20% of renters")
// names a group of the population, no share: it took the clause's claim,
// and the share the clause states (31.7 percent) was lost. A rank
// reached ("finished among the top 3% of entrants") and a rate ("the
// top 45 percent band") stay claims.
func groupShare(toks []token, e expr) bool {
	i := e.i
	if e.unit != UnitPercent || i == 0 || !groupWords[toks[i-1].lower] {
		return false
	}
	if i >= 2 && rankPrepositions[toks[i-2].lower] || i >= 3 && articles[toks[i-2].lower] && rankPrepositions[toks[i-3].lower] {
		return false
	}
	return e.j >= len(toks) || !groupRateNouns[toks[e.j].lower]
}
