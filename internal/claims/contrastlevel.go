package claims

// contrastLeads are the words that set a figure against the one before it
// in its sentence, opening the figure's clause after a comma ("contre 58 %
// en 2021", "frente a los 900.000 euros", "rispetto ai 900.000 euro",
// "tegen 900.000 euro vorig jaar", "gegenüber 58 Prozent", "nach
// 900.000 Euro im Vorjahr"): rule langContrastLevel. German "nach" is
// "after" too; the figure's unit, the same as the one before, tells the
// earlier value from a time ("nach 3 Stunden").
var contrastLeads = phrasesOf(`contre|par rapport à|par rapport aux|par rapport au|comparé à|frente a|frente al|contra|ante|respecto a|respecto al|comparado con|rispetto a|rispetto ai|rispetto al|rispetto alla|rispetto alle|rispetto agli|contro|a fronte di|a fronte dei|em comparação com|em relação a|tegen|tegenover|vergeleken met|gegenüber|nach|verglichen mit|im Vergleich zu`)

// contrastedAt reports whether the clause opening at toks[cs] is a
// contrast phrase of contrastLeads, an article at most, then the figure
// at toks[i].
func contrastedAt(toks []ltok, cs, i int, ln *langNum) bool {
	for n := 1; n <= 3 && cs+n <= i; n++ {
		if !contrastLeads[wordsOf(toks, cs, cs+n)] {
			continue
		}
		m := cs + n
		if m < i && ln.dets[toks[m].lower] {
			m++
		}
		if m == i {
			return true
		}
	}
	return false
}

// beneficiaryWords open the party a contrasted figure is for ("pour son
// rival", "für die SPD"): rule beneficiaryContrast.
var beneficiaryWords = setOf(`pour para per für voor`)
