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

// creditRoleTail is rule creditRoleTail's list: job titles written in
// capitals after a name in a testimonial's or a team page's credit,
// which text extractors flatten into one line with the name ("Karin
// Velm Managing Director at Velmora", "Tom Orrin Founder"). Only nouns
// that are no surname ("King", "Bishop", "Dean" are, and "Martin Luther
// King" is one name).
var creditRoleTail = set("director", "manager", "founder", "co-founder", "ceo", "cfo", "cto", "coo",
	"president", "student", "professor", "engineer", "consultant", "author", "advisor", "adviser",
	"analyst", "executive", "researcher", "scientist", "designer", "journalist", "economist",
	"entrepreneur", "investor")

// creditRoleModifiers open a job title of creditRoleTail ("Managing
// Director", "Vice President", "Senior Engineer").
var creditRoleModifiers = set("managing", "vice", "senior", "executive", "general", "technical",
	"product", "chief", "lead", "deputy", "assistant", "associate")

// creditTailEnd is rule creditRoleTail: in English a run of capitalised
// words ending in a job title of creditRoleTail, its modifiers before it,
// is the name before the title: the title was read as the surname's
// next word ("Karin Velm Managing Director" was a person of four
// names). Two words of name must be left, the first a known given
// name. It returns the name's end, or j
// when toks[i:j] ends in no such title.
func (d *Doc) creditTailEnd(i, j int) int {
	toks := d.Tokens
	if d.lx != nil {
		return d.langCreditTailEnd(i, j)
	}
	if j-i < 3 || !toks[j-1].Word || !creditRoleTail[d.lowerBare(toks[j-1])] {
		return j
	}
	// The name must open with a known given name, as rule postNominal's
	// does: a product's or a department's words before a title
	// ("Customer Success Manager") are no person once the title is cut.
	if w := d.lowerBare(toks[i]); !d.givenName(w) && !givenNameWord(w) {
		return j
	}
	e := j - 1
	for e-i > 2 && toks[e-1].Word && creditRoleModifiers[d.lowerBare(toks[e-1])] {
		e--
	}
	return e
}

// langCreditTailEnd is rule langCreditRoleTail, rule creditRoleTail in
// the languages with word lists: a run of three words or more that opens
// with a known given name and ends in a role noun of the language is the
// name before the role ("Karl Velmer Chorleiter", "Ana Velmar
// Asistente": a credit line or a team sheet flattened into the text),
// and the role is the person's. It returns the name's end, or j. lede
// extract --format json, ed62fde7 -> this: over the 2,065 texts of ana-m
// 1 person changed (half b), right (a choir leader's title off his name
// and his role); ana-q and the quotes benchmarks unchanged.
func (d *Doc) langCreditTailEnd(i, j int) int {
	toks := d.Tokens
	if j-i < 3 || !toks[j-1].Word || !d.roleNoun(d.lowerBare(toks[j-1])) || !d.givenName(d.lowerBare(toks[i])) {
		return j
	}
	// A role before a colon labels the next credit ("Karl Velmer Autor:
	// Ana Lis"): rule creditLabelEnd cuts it, and it is not his.
	if j < len(toks) && toks[j].Text == ":" {
		return j
	}
	return j - 1
}
