package people

// postNominals are the letters written after a British or Commonwealth
// name: a seat ("MP", "MEP", "MSP", "MLA", "MPP"), a barrister's rank
// ("QC", "KC"), an honour ("OBE", "CBE") or a degree ("PhD", "MD").
// The value is true for a seat or rank, which is the person's role.
var postNominals = map[string]bool{
	"mp": true, "mep": true, "msp": true, "mla": true, "mpp": true, "qc": true, "kc": true,
	"obe": false, "mbe": false, "cbe": false, "kbe": false, "dbe": false, "phd": false, "md": false,
}

// postNominalEnd is rule postNominal: a run of a known given name, a
// surname and post-nominal letters ("Maria Lowe MP said", "Tom Reed QC,
// for the council") is the name without the letters; the run's
// all-capitals last word made it no name at all. It returns the end of
// the name, or j when toks[i:j] ends in no such letters. lede extract
// --format json (/tmp/hD/w/run.sh), 27d1d77 -> this, by md5 half of the
// file name: 966 quotes texts unchanged; 2,045 go-trafilatura extract
// texts 1 changed (half 1), right (a barrister named in full with his
// rank, where the surname alone was); bench quotes byte-identical.
func (d *Doc) postNominalEnd(i, j int) int {
	toks := d.Tokens
	if j-i < 3 || !toks[j-1].Word {
		return j
	}
	if _, ok := postNominals[d.lowerBare(toks[j-1])]; !ok || isAllCaps(toks[j-2].Text) || !d.givenName(d.lowerBare(toks[j-3])) && !givenNameWord(d.lowerBare(toks[j-3])) {
		return j
	}
	return j - 1
}

// postNominalRole is the role a seat or rank after the name gives
// (rule postNominal), "" for none.
func (d *Doc) postNominalRole(r nameRun) string {
	toks := d.Tokens
	if r.tokEnd >= len(toks) || !toks[r.tokEnd].Word || toks[r.tokEnd].Start != toks[r.tokEnd-1].End+1 {
		return ""
	}
	if role := postNominals[d.lowerBare(toks[r.tokEnd])]; role && isAllCaps(toks[r.tokEnd].Text) {
		return toks[r.tokEnd].Text
	}
	return ""
}
