package claims

// pairedFigureWords join a second figure of the same unit to a claim's
// clause ("58% of bus riders and 44% of drivers", "44 percent in
// favour to 49 percent against", "47 percent versus 36 percent"): rule
// pairedFigureCut.
var pairedFigureWords = setOf(`and or to versus vs vs.`)

// pairedFigureCut is rule pairedFigureCut: the subject of a figure ends
// where a second figure of its unit is joined to its clause, after at
// least one word of its own ("62% of Velmar riders and 48% of Corran
// riders" measures "Velmar riders"; its subject was "Velmar riders and
// 48% of Corran riders"), as if one group were measured. A figure right
// after the first ("40 percent or 50 percent") is a range's or a
// change's, and stays. (The second figure, inside the first's clause,
// is no claim of its own: a fix for the clause bounds, left.) Shares and
// sums only: a count's noun may go on past "and" ("treated 214 riders
// and 61 walkers in the first year", rule countedObject).
// /tmp/T/ana.sh over each text, e67ade27^ -> e67ade27: 34 claims of news texts
// changed (md5 half of the file name 22/12), 28 right, 6 as bad before
// and after, none wrong; 103 of web pages (49/54), mostly price lists,
// right or as bad before and after.
func pairedFigureCut(toks []token, e expr, ce int) int {
	if !isShareOrMoney(e) {
		return ce
	}
	for k := e.j + 1; k+1 < ce; k++ {
		if !pairedFigureWords[toks[k].lower] {
			continue
		}
		if e2, ok := matchAt(toks, k+1); ok && e2.unit == e.unit && e2.i == k+1 {
			// The words that lead to the join go with it: "compared
			// to", "and to", ", and", "and up to".
			for k > e.j && (pairedFigureWords[toks[k-1].lower] || toks[k-1].lower == "compared" || toks[k-1].lower == "up" || toks[k-1].text == ",") {
				k--
			}
			return k
		}
	}
	return ce
}
