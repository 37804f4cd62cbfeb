package people

// langRoleOrgEnd is rule langRoleOrgComplement, rule roleOrgComplement
// for the other languages: a role in apposition cut at
// maxAppositionRole words ("Präsident der Norddeutschen Gesellschaft für
// Innere" of "Tomas Richtner, Präsident der Norddeutschen Gesellschaft für
// Innere Medizin,") runs on through the whole organisation's name it is
// of, at most maxAppositionOrgWords more words: capitalised ones, or a
// lower-case linker before one. The role must join its noun to what it is
// of by one of the language's prepositions (roleOf). It returns the new
// end, j when the role was not cut. lede extract --format json
// (/tmp/hD/w/run.sh), a1ba3d9 -> this, by md5 half of the file name: 966
// quotes texts unchanged; 2,045 go-trafilatura extract texts 5 changed
// (2/3), each a long role gained (four German, one French), all right;
// bench quotes ggt-dev, polnear-dev, polnear-train byte-identical.
func (d *Doc) langRoleOrgEnd(k, j int) int {
	toks := d.Tokens
	if j != k+maxAppositionRole || j >= len(toks) || !toks[j].Word {
		return j
	}
	of := false
	for m := k + 1; m < j; m++ {
		of = of || !toks[m].Cap && d.lx.roleOf[d.lower(toks[m])]
	}
	if !of {
		return j
	}
	e := j
	for e < len(toks) && e < j+maxAppositionOrgWords && toks[e].Word {
		if !toks[e].Cap && !(e+1 < len(toks) && toks[e+1].Word && toks[e+1].Cap && (d.lx.roleOf[d.lower(toks[e])] || d.lx.particles[d.lower(toks[e])] || d.lx.stop[d.lower(toks[e])])) {
			return j
		}
		e++
	}
	return e
}
