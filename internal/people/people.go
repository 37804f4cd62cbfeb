// Package people finds the persons an article names: their full names, roles
// and titles (from pre-modifiers such as "Health Secretary Jeremy Hunt" and
// appositions such as "Jeremy Corbyn, the Labour leader"), and every mention
// of them (full name, surname, title and surname, role description, pronoun),
// with byte spans. It resolves a mention to the person it refers to, which the
// quotes stage uses to name speakers.
//
// It works from rules and word lists of kinds of words (titles, role nouns,
// organisation heads), never from lists of people, so it handles names it has
// never seen. AnalyzeLang adds the word lists of German, French, Spanish,
// Italian, Portuguese and Dutch (lang.go): their titles and roles, name
// particles and sentence words, and German's capitalised nouns.
//
// Counts of texts changed in comments ("the 966 quote texts", "the 2,065
// extracted texts", "md5 half a") are read as package quotes' doc says:
// lede extract --format json, text by text, at HEAD before the rule and
// with it.
package people

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/entities"
	"github.com/lede-news/lede/internal/model"
)

// Mention kinds.
const (
	MentionName        = "name"        // the full name, or a longer form
	MentionPartial     = "partial"     // surname or first name alone, or title and surname
	MentionDescription = "description" // "the Health Secretary"
	MentionPronoun     = "pronoun"     // "he", "she"
)

// Mention is one place where the text refers to a person.
type Mention struct {
	Start, End int
	Text       string
	Kind       string
}

// Person is someone the text names.
type Person struct {
	// Name is the full name as first written, without titles.
	Name string
	// Roles are titles and roles as written ("Health Secretary", "the Labour leader").
	Roles []string
	// Mentions are in text order.
	Mentions []Mention
	// Gender is 'm', 'f' or 0 when unknown, from honorifics and pronouns.
	Gender byte

	first, last string   // lower-case first and last name tokens
	lroles      []string // Roles in lower case, for matching descriptions
	attested    bool     // a title or role word stood before a name mention
	starts      []int    // sorted starts of the person's name mentions
	fullStarts  []int    // sorted starts of the full-name mentions alone
	roleHeads   []string // last word of each role, lower case
	votesM      int
	votesF      int
	// subjectPronoun: a he or she followed in the sentence the name opens.
	subjectPronoun bool
}

// Model converts p to the Article record's type (distinct mention texts).
func (p *Person) Model() model.Person {
	mp := model.Person{Name: p.Name}
	seen := map[string]bool{}
	for _, r := range p.Roles {
		k := strings.ToLower(r)
		if !seen["r:"+k] {
			seen["r:"+k] = true
			mp.Roles = append(mp.Roles, r)
		}
	}
	for _, m := range p.Mentions {
		if !seen["m:"+m.Text] {
			seen["m:"+m.Text] = true
			mp.Mentions = append(mp.Mentions, m.Text)
		}
	}
	return mp
}

// Doc is a text analysed for people: its tokens, the people found and every
// mention in text order. It answers coreference questions (Resolve).
type Doc struct {
	Text   string
	Tokens []Token
	People []*Person
	// refs are all mentions in text order with their person's index.
	refs []ref
	// taken marks the token starts already inside a mention, by byte
	// offset: a bit set of the text's length, made at the first mention,
	// one bit per byte of text (isTaken, take). A map of them took 4.6
	// bytes per byte on 1 MB of one person named over and over (fuzz
	// finding F3's "Anna Brindle said." shape, analysis.Analyze
	// allocations in a memory profile), more where names are denser; a
	// slice of bools one byte per byte.
	taken []uint64
	// unattested are mentions of candidate names nothing marked as people,
	// in text order.
	unattested []unattestedRef
	// byLast and byFirst index People by their lower-case last and first
	// name tokens, indices ascending: matchFull and matchPart looked at
	// every person for every name word, quadratic on a long text naming
	// thousands of people (a 600 KB list of names took 1.6 s).
	byLast, byFirst map[string][]int
	// lx are the word lists of the text's language when not English
	// (AnalyzeLang); nil for English.
	lx *langWords
	// lowerWords holds the words the text writes in lower case
	// (commonWordsRun), built on first use.
	lowerWords map[string]bool
	// lowText is LowerText, made on first use (lowDone).
	lowText string
	lowDone bool
	// nonASCII has a bit set for each token holding a non-ASCII byte, made
	// on LowerToken's first call (not nil once made, even for no token);
	// lowTok holds those tokens lowered.
	nonASCII []uint64
	lowTok   map[int]string
	// particleGiven holds the words the text writes after a particle and
	// a given name (particleGivenName), made on first use.
	particleGiven map[string]bool
}

// lower is strings.ToLower(t.Text) for t, one of d.Tokens: an ASCII
// token's span of LowerText, no new string. The rules lower the same
// tokens again and again to look them up in word lists, and those copies
// were a twelfth of the analysis's allocation on dense text (go test
// ./internal/analysis -run '^$' -bench AnalyzeDense -memprofilerate 1
// -memprofile).
func (d *Doc) lower(t Token) string {
	if !model.IsASCII(t.Text) {
		return strings.ToLower(t.Text)
	}
	return d.LowerText()[t.Start:t.End]
}

// lowerBare is strings.ToLower(Bare(t.Text)) as lower is
// strings.ToLower(t.Text): Bare keeps a prefix of the word.
func (d *Doc) lowerBare(t Token) string {
	if !model.IsASCII(t.Text) {
		return strings.ToLower(Bare(t.Text))
	}
	return d.LowerText()[t.Start : t.Start+len(Bare(t.Text))]
}

// LowerToken is strings.ToLower of token k's text, as lower, for rules
// that ask it of the same tokens dozens of times (the quotes extractors):
// an ASCII token's span of LowerText, a non-ASCII one lowered once and
// kept in lowTok. Lowering them on each call was half of all of quotes'
// allocations, and a slice of every token's lowered text after that 7%
// of the analysis's allocation on a dense text (go test
// ./internal/analysis -run '^$' -bench 'AnalyzeDense/en-paragraphs'
// -memprofilerate 1 -memprofile).
//
// Rule ascii-once: whether a token is ASCII is worked out once a token
// (nonASCII, one bit a token, made on the first call), not at each call:
// the scan of the token was half of lower's cost (6.1% -> 4.7% of the
// analysis's CPU: Analyze of each text of the quotes benchmark, a
// benchmark outside the repo, -cpuprofile). quotes' TestLowerASCIIOnce
// pins it.
func (d *Doc) LowerToken(k int) string {
	if d.nonASCII == nil {
		d.LowerText() // made before the bit set: d.lowText below
		d.nonASCII = make([]uint64, (len(d.Tokens)+63)/64)
		for i := range d.Tokens {
			if !model.IsASCII(d.Tokens[i].Text) {
				d.nonASCII[i>>6] |= 1 << (i & 63)
			}
		}
	}
	if d.nonASCII[k>>6]&(1<<(k&63)) == 0 {
		return d.lowText[d.Tokens[k].Start:d.Tokens[k].End]
	}
	if l, ok := d.lowTok[k]; ok {
		return l
	}
	if d.lowTok == nil {
		d.lowTok = map[int]string{}
	}
	l := strings.ToLower(d.Tokens[k].Text)
	d.lowTok[k] = l
	return l
}

// LowerText is Text with its ASCII letters lowered, made on first use:
// an ASCII token's lower case is its span of it (Tokens' offsets).
func (d *Doc) LowerText() string {
	if !d.lowDone {
		d.lowText, d.lowDone = model.LowerASCII(d.Text), true
	}
	return d.lowText
}

// addPerson appends p to the people and indexes it; it returns its index.
func (d *Doc) addPerson(p *Person) int {
	d.People = append(d.People, p)
	i := len(d.People) - 1
	d.index(i)
	return i
}

// index adds person i to byLast and byFirst, keeping each list ascending.
func (d *Doc) index(i int) {
	if d.byLast == nil {
		d.byLast, d.byFirst = map[string][]int{}, map[string][]int{}
	}
	p := d.People[i]
	d.byLast[p.last] = insertSorted(d.byLast[p.last], i)
	if p.first != "" {
		d.byFirst[p.first] = insertSorted(d.byFirst[p.first], i)
	}
}

// reindex rebuilds byLast and byFirst after People changed.
func (d *Doc) reindex() {
	d.byLast, d.byFirst = nil, nil
	for i := range d.People {
		d.index(i)
	}
}

func insertSorted(xs []int, x int) []int {
	k := sort.SearchInts(xs, x)
	if k < len(xs) && xs[k] == x {
		return xs
	}
	xs = append(xs, 0)
	copy(xs[k+1:], xs[k:])
	xs[k] = x
	return xs
}

type ref struct {
	Mention
	person int
}

// Find returns the people text names, in order of first mention.
func Find(text string) []Person {
	d := Analyze(text)
	out := make([]Person, len(d.People))
	for i, p := range d.People {
		out[i] = *p
	}
	return out
}

// nameRun is a candidate name found in a run of capitalised words.
type nameRun struct {
	tokStart, tokEnd int // tokens of the name itself
	roleStart        int // first token of the pre-modifying role, == tokStart when none
	gender           byte
	titled           bool // an honorific or role precedes
	genitive         bool // the last word is a surname with German's genitive -s (rule germanGenitiveName)
	tailEnd          int  // end of a job title cut from the run's end (rule creditRoleTail), 0 when none
}

// Analyze finds the people of text and all their mentions.
func Analyze(text string) *Doc { return analyze(text, nil) }

func analyze(text string, lx *langWords) *Doc {
	d := &Doc{Text: text, Tokens: Tokenize(text), lx: lx}
	toks := d.Tokens
	runs := d.capRuns()
	if d.lx != nil && d.lx.nounsCapitalised {
		runs = d.genitiveNames(runs)
	}
	runs = d.knownNameCut(runs)
	// Pass 1: full names (two words or more), and titled single names.
	byKey := map[string]int{}
	var nominatives map[string]bool // rule textNominative
	if d.lx != nil && textNominativeLangs[d.lx.code] != nil {
		nominatives = d.textNames(runs)
	}
	// singles are the runs of one word, kept in runs' own array: each is
	// written at or before the run read, and runs is not read after.
	singles := runs[:0]
	for _, r := range runs {
		n := r.tokEnd - r.tokStart
		// "the Carolina Hurricanes", "the Vancouver Canucks": after "the",
		// a capitalised run ending in a plural is a team or a group.
		if n >= 2 && r.roleStart == r.tokStart && r.tokStart > 0 && strings.EqualFold(toks[r.tokStart-1].Text, "the") && pluralWord(toks[r.tokEnd-1].Text) {
			continue
		}
		if n >= 2 {
			name := d.span(r.tokStart, r.tokEnd)
			name = name[:len(name)-len(toks[r.tokEnd-1].Text)+len(Bare(toks[r.tokEnd-1].Text))]
			if strings.HasSuffix(toks[r.tokEnd-1].Text, ".") {
				name = d.span(r.tokStart, r.tokEnd)
			}
			lastText, last := toks[r.tokEnd-1].Text, d.lowerBare(toks[r.tokEnd-1])
			if r.genitive {
				name, lastText, last = name[:len(name)-1], lastText[:len(lastText)-1], last[:len(last)-1]
			}
			firstText := toks[r.tokStart].Text
			if n == 2 {
				if g, s, ok := d.nominativeName(Bare(firstText), Bare(lastText)); ok {
					name, firstText, lastText, last = g+" "+s, g, s, strings.ToLower(s)
				} else if g, s, ok := d.textNominative(Bare(firstText), Bare(lastText), nominatives); ok {
					name, firstText, lastText, last = g+" "+s, g, s, strings.ToLower(s)
				}
			}
			key := strings.ToLower(name)
			pi, ok := byKey[key]
			if !ok {
				// A longer form of a known person ("Hillary Rodham Clinton")
				// or the same first+last: keep one person.
				pi = d.matchFull(firstText, lastText)
				if pi < 0 {
					p := &Person{Name: name, first: strings.ToLower(Bare(firstText)), last: last}
					pi = d.addPerson(p)
				}
				byKey[key] = pi
			}
			d.addRun(pi, r, MentionName)
			continue
		}
		singles = append(singles, r)
	}
	// Pass 2: single words: a surname or first name of a known person is a
	// mention of them; a titled single name unknown so far is a person.
	owners := d.coordinatedNamesakes(singles)
	for _, r := range singles {
		w := d.lowerBare(toks[r.tokStart])
		if r.genitive {
			w = w[:len(w)-1]
		}
		// "the Hurricanes" is a team, not Mr. Hurricanes.
		if r.tokStart > 0 && r.roleStart == r.tokStart && strings.EqualFold(toks[r.tokStart-1].Text, "the") {
			continue
		}
		pi := d.matchPart(w, toks[r.tokStart].Start)
		// Rule apostropheSuffix: Turkish writes a name's case ending
		// after an apostrophe ("Velmoğlu'na göre", "Velmoğlu'nun"): the
		// name before it is the person's.
		if pi < 0 && d.lx != nil && d.lx.caseApostrophe {
			if base, _, ok := strings.Cut(strings.ReplaceAll(w, "’", "'"), "'"); ok && base != "" {
				pi = d.matchPart(base, toks[r.tokStart].Start)
			}
		}
		if pi < 0 {
			pi = d.sloveneFeminine(w, toks[r.tokStart].Start)
		}
		if pi < 0 && d.lx != nil && (d.lx.genitiveRoles || textNominativeLangs[d.lx.code] != nil) {
			// Rule inflectedSurname, in the languages of rule
			// textNominative too ("Velmetsa sõnul", Estonian).
			// The role before an inflected surname is in that case
			// too ("prezydenta"): the person's role is as first read.
			// It attests no one: a run misread as a name ("Velm V.
			// Velman" over a sentence's end) stays unattested.
			if pi = d.matchInflected(w, toks[r.tokStart].Start); pi >= 0 {
				r.roleStart, r.titled = r.tokStart, false
			}
		}
		// Rule coordinatedNamesake (coordinatedNamesakes): the surname
		// alone is the person set beside the full name, unless a gendered
		// honorific agrees with the full name's gender ("Mrs. Velko"
		// after "Orsina Velko, the first lady").
		if o, ok := owners[w]; ok && pi >= 0 && d.People[pi].last == w && !(r.gender != 0 && d.priorGender(pi) == r.gender) {
			if o < 0 {
				o = d.addPerson(&Person{Name: Bare(toks[r.tokStart].Text), last: w})
				owners[w] = o
			}
			pi = o
		}
		// Rule honorificGender: "Mr. Quint" is no mention of "Mara
		// Quint". A gendered honorific before a single name skips the
		// people of that name whose gender (known, or by first name) is
		// the other; with none left, the titled name is a person of its
		// own.
		// The gender is also read from the words right after the full
		// name (rule genderCueAfterName, cueGender).
		if pi >= 0 && r.gender != 0 {
			if g := d.priorGender(pi); g != 0 && g != r.gender {
				pi = -1
				for _, j := range d.byLast[w] {
					if g := d.priorGender(j); g == 0 || g == r.gender {
						pi = j
						break
					}
				}
			}
		}
		// "the other Jeremy": the person with that first name who is not
		// the one just mentioned.
		if r.tokStart > 0 && strings.EqualFold(toks[r.tokStart-1].Text, "other") {
			if o := d.otherNamed(w, pi); o >= 0 {
				pi = o
			}
		}
		if pi < 0 {
			// Rule familyNameFirst: Hungarian writes a role after the
			// name, so the word after a role noun is no titled name
			// ("miniszter Győrbe látogatott": to Győr).
			if !r.titled || d.lx != nil && familyFirstLangs[d.lx.code] || d.roleCommonWord(r, w) || d.titledRoleNoun(r, w) ||
				d.compoundHead(r) || d.titleParticle(r, w) {
				continue
			}
			p := &Person{Name: Bare(toks[r.tokStart].Text), last: w}
			pi = d.addPerson(p)
		}
		d.addRun(pi, r, MentionPartial)
	}
	// Upper-case transcript labels ("PENCE:") and other bare surnames missed
	// by the runs (all-caps words).
	for _, t := range toks {
		if !t.Word || !isAllCaps(t.Text) || utf8.RuneCountInString(t.Text) < 3 {
			continue
		}
		if pi := d.matchPart(strings.ToLower(t.Text), t.Start); pi >= 0 {
			d.addRef(pi, Mention{Start: t.Start, End: t.End, Text: t.Text, Kind: MentionPartial})
		}
	}
	d.appositions()
	if d.lx != nil {
		d.langAppositions()
	}
	for _, p := range d.People {
		// Distinct roles only: a person named a thousand times with the
		// same title must not make every description lookup a thousand
		// times slower.
		p.lroles = p.lroles[:0]
		p.roleHeads = p.roleHeads[:0]
		seen := map[string]bool{}
		for _, r := range p.Roles {
			lr := strings.ToLower(r)
			if seen[lr] {
				continue
			}
			seen[lr] = true
			p.lroles = append(p.lroles, lr)
			if f := strings.Fields(lr); len(f) > 0 {
				p.roleHeads = append(p.roleHeads, roleHead(f))
			}
		}
	}
	d.descriptions()
	sort.Slice(d.refs, func(i, j int) bool { return d.refs[i].Start < d.refs[j].Start })
	d.pronounGender()
	d.saidPronounGender()
	d.kinshipGender()
	d.dropUnattested()
	for _, p := range d.People {
		if p.Gender == 0 {
			// The first name's gender is a prior the pronoun votes must
			// outweigh (added after dropUnattested: it attests nothing).
			g := firstNameGenderOf(p.Name)
			if g == 0 {
				g = d.slavicNameGender(p.Name)
			}
			switch g {
			case 'm':
				p.votesM += firstNameVoteWeight
			case 'f':
				p.votesF += firstNameVoteWeight
			}
			if p.votesM > p.votesF {
				p.Gender = 'm'
			} else if p.votesF > p.votesM {
				p.Gender = 'f'
			}
		}
		p.Mentions = p.Mentions[:0]
	}
	// Each person's mentions are sized once by their count, not grown by
	// append (13% of the analysis's allocation on a text naming one
	// person over and over: go test ./internal/analysis -run '^$' -bench
	// 'AnalyzeDense/one-name' -memprofilerate 1 -memprofile).
	count := make([]int, len(d.People))
	for _, r := range d.refs {
		count[r.person]++
	}
	for i, p := range d.People {
		if cap(p.Mentions) < count[i] {
			p.Mentions = make([]Mention, 0, count[i])
		}
	}
	for _, r := range d.refs {
		d.People[r.person].Mentions = append(d.People[r.person].Mentions, r.Mention)
	}
	return d
}

// germanNumberWord is rule germanNumberWord: German writes a number word
// with a capital when it stands for a noun or opens a sentence
// ("Zehntausend Zuhörer kamen", "vor Hunderten Fans", "Dreitausend
// Besucher"), and the number and its noun read as a name; a word ending
// in a number of germanNumberEndings is no given name. w is in lower case.
func (d *Doc) germanNumberWord(w string) bool {
	if d.Lang() != "de" {
		return false
	}
	for _, e := range germanNumberEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// germanNumberEndings end the German number words of rule
// germanNumberWord, plain and inflected ("Tausende", "Hunderten",
// "Dutzenden").
var germanNumberEndings = []string{"tausend", "tausende", "tausenden", "hundert", "hunderte", "hunderten", "dutzend", "dutzende", "dutzenden"}

// genitiveNames is rule germanGenitiveName: German writes a person's
// genitive with -s glued to the name, before the noun it owns ("Jana
// Velms Roman", "Velms Werk"), so the capitalised run holds the name and
// the noun. A word in -s whose stem is the last word of another run of
// two words or more (the person named in full) ends the run there, and
// the name is read without its -s: a mention of that person, not a new
// one.
// The words after it are read as a run of their own ("Velms Kollege Jan
// Orth" names Jan Orth too). lede extract --format json, b748122 -> this,
// by md5 half of the file name: the 966 quotes-benchmark texts
// (English) unchanged; over the 2,045 go-trafilatura extract texts
// people changed in 7 (2/5), all right (a name and the noun it owns no
// longer a person, a person named in full found), quotes in 2 (0/2),
// a wrong speaker now less wrong and one now none (wrong before and
// after); bench quotes (ggt-dev, polnear-dev, polnear-train)
// byte-identical.
func (d *Doc) genitiveNames(runs []nameRun) []nameRun {
	toks := d.Tokens
	lasts := map[string]bool{}
	for _, r := range runs {
		if r.tokEnd-r.tokStart >= 2 {
			lasts[d.lowerBare(toks[r.tokEnd-1])] = true
		}
	}
	var out []nameRun // nil until a run is cut
	for i, r := range runs {
		cut := false
		for k := r.tokStart; k < r.tokEnd; k++ {
			w := d.lowerBare(toks[k])
			if t := toks[k].Text; len(w) > 3 && strings.HasSuffix(w, "s") && strings.HasSuffix(t, "s") && lasts[w[:len(w)-1]] && !lasts[w] {
				if out == nil {
					out = append(make([]nameRun, 0, len(runs)+1), runs[:i]...)
				}
				g := r
				g.tokEnd, g.genitive = k+1, true
				out = append(out, g)
				if k+1 < r.tokEnd {
					if rest, ok := d.nameIn(k+1, r.tokEnd); ok {
						out = append(out, rest)
					}
				}
				cut = true
				break
			}
		}
		if out != nil && !cut {
			out = append(out, r)
		}
	}
	if out == nil {
		return runs
	}
	return out
}

// pluralWord: a capitalised word ending in a plural "s" ("Hurricanes",
// "Canucks"), not in "ss" ("Ross") or a possessive.
func pluralWord(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "us")
}

// dropUnattested removes candidate names nothing marks as a person: no
// title or role, never named again by surname, never the subject of a
// speech verb, no pronoun agreeing with them. It keeps places and works
// that look like names ("Nova Scotia", "Drug Abuse" of "the National
// Institute on Drug Abuse", photo credits) out of the people.
func (d *Doc) dropUnattested() {
	keep := make([]bool, len(d.People))
	for pi, p := range d.People {
		keep[pi] = p.attested || len(p.Roles) > 0 || p.votesM+p.votesF >= saidVoteWeight || knownFirstName(p.Name) || d.langFirstName(p.Name) != 0 || p.subjectPronoun
	}
	fullNames := make([]int, len(d.People))
	labels := make([]bool, len(d.People)) // rule leadWordRepeat
	for _, r := range d.refs {
		if r.Kind == MentionName {
			fullNames[r.person]++
			labels[r.person] = labels[r.person] || r.Start < headlineLabelSpan && strings.HasPrefix(d.Text[r.End:], ":")
		}
	}
	for _, r := range d.refs {
		// In German a surname alone again is no evidence: any noun of a
		// capitalised pair may recur ("Prozent Kaufkraft", "80 Prozent").
		repeated := (r.Kind == MentionPartial || r.Kind == MentionDescription) && !(d.lx != nil && d.lx.nounsCapitalised) && !(d.shoutedPartial(r) && fullNames[r.person] < minFullNamesForShout) && !(d.leadWordRepeat(r) && !labels[r.person]) && !d.commonLeadRepeat(r) && !d.commonTailRepeat(r)
		if repeated || d.speechNear(r) || d.foreignGivenName(r) || d.copulaRole(r) || d.ageApposition(r) {
			keep[r.person] = true
		}
	}
	idx := make([]int, len(d.People))
	var ps []*Person
	for i, p := range d.People {
		idx[i] = -1
		if keep[i] {
			idx[i] = len(ps)
			ps = append(ps, p)
		}
	}
	refs := d.refs[:0]
	for _, r := range d.refs {
		if idx[r.person] >= 0 {
			r.person = idx[r.person]
			refs = append(refs, r)
		} else {
			// Kept aside: a quote's speaker phrase may still name them.
			d.unattested = append(d.unattested, unattestedRef{r.Mention, d.People[r.person].Name})
		}
	}
	d.refs, d.People = refs, ps
	d.reindex()
}

// ageApposition is rule ageApposition: a full name of two or three words
// followed by an age set off by commas ("Tarn Olvik, 34, found the
// wreck", "said Mara Olvik, 16.") is a person's, as news gives ages of
// people only, even where the given name is on no list. The age is one
// or two digits, with a comma before and a comma or a full stop after.
// lede extract --format json over the quotes-benchmark texts (ana-q): 10
// texts gained people (5 and 5 on the md5 halves of the file names), all
// right, and 3 quotes their speaker; over the 2,065 texts of ana-m 4 (1
// and 3), 2 right, 2 wrong (a house number after a street, a section word
// run into a headline's subject).
func (d *Doc) ageApposition(r ref) bool {
	if r.Kind != MentionName {
		return false
	}
	if n := len(strings.Fields(r.Text)); n < 2 || n > 3 {
		return false
	}
	t := d.tokenAt(r.End)
	if t < 0 || t+2 >= len(d.Tokens) || d.Tokens[t].Text != "," {
		return false
	}
	age := d.Tokens[t+1].Text
	if len(age) == 0 || len(age) > 2 || age[0] < '1' || age[0] > '9' || len(age) == 2 && (age[1] < '0' || age[1] > '9') {
		return false
	}
	// A full stop after the number is an ordinal in German and other
	// languages ("Velmstadt, 2. November"): English only.
	after := d.Tokens[t+2].Text
	return after == "," || after == "." && d.lx == nil
}

// shoutedPartial is rule shoutedPartial: a surname alone written in
// capitals ("QUELL") is no repeat that attests a name. Headings, menus,
// product banners and section labels shout their words, so a capitalised
// phrase of a page's body ("Garden Trolley") recurs in capitals in a
// heading ("TROLLEY DEALS") with no person behind it. A name shouted as a
// speaker's label ("ADA QUELL:", "ADA QUELL, REPORTER:") still attests:
// transcripts and interview collages label people so (shoutedLabel).
// So does one whose full name the text writes at least
// minFullNamesForShout times. lede extract --format json over the 2,065
// texts of ana-m: 83 candidate people removed (50 texts, 24 and 26 on the
// md5 halves of the file names), all headings, products, colours, menus,
// hotels and places, but two testimonial signers whose names had a
// shouted word glued on (half b); over the 966 texts of ana-q 3 removed
// (2 and 1), a brook, a slogan and a reversed duplicate of a suspect's
// name kept in its right order. 2 quotes changed speaker: wrong to wrong,
// and to the study itself. Some dropped words become acronym
// organisations (entities reads them). Quotes benchmarks byte-identical.
func (d *Doc) shoutedPartial(r ref) bool {
	return r.Kind == MentionPartial && utf8.RuneCountInString(r.Text) > 1 && isAllCaps(r.Text) && !d.shoutedLabel(d.tokenAt(r.Start))
}

// minFullNamesForShout is how often a name must be written in full for a
// shouted surname to attest it still: a suspect named in full again and
// again and once in a capitalised heading is a person; a product or
// heading phrase is rarely repeated in full.
const minFullNamesForShout = 3

// maxLabelRole is the most words in capitals between a shouted name's
// comma and its label's colon ("ADA QUELL, SENIOR REPORTER:").
const maxLabelRole = 3

// shoutedLabel reports whether the run of words in capitals holding
// token i ends in a colon, directly or after a comma and a role in
// capitals: a speaker's label.
func (d *Doc) shoutedLabel(i int) bool {
	toks := d.Tokens
	if i < 0 {
		return false
	}
	shouted := func(k int) bool { return k < len(toks) && toks[k].Word && isAllCaps(toks[k].Text) }
	k := i
	for shouted(k) {
		k++
	}
	if k < len(toks) && toks[k].Text == "," {
		n := 0
		for k++; shouted(k) && n <= maxLabelRole; k++ {
			n++
		}
		if n == 0 || n > maxLabelRole {
			return false
		}
	}
	return k < len(toks) && toks[k].Text == ":"
}

// unattestedRef is a mention of a dropped candidate name.
type unattestedRef struct {
	Mention
	name string
}

// copulaRole is rule copulaRole: a full name followed by "is a" or "is an"
// and a role or occupation noun within three lower-case words ("Ola Brand
// is a retired nurse and", "Ivo Lind is an engineer") is a person even
// where the given name is not a known one. English only. lede extract
// --format json, HEAD 09244c7 -> this: 966 quotes texts 1 person gained
// (md5 half 0), 2,046 go-trafilatura extract texts 2 (halves 1/1), all
// right; bench quotes byte-identical. Without the guards below 3 more,
// all wrong.
func (d *Doc) copulaRole(r ref) bool {
	// Two or three words, none written twice ("Ada Roe Ada Roe is", a
	// heading run into its sentence) and no full stop inside ("Velm
	// Partners.Ada Roe", a glued line).
	words := strings.Fields(r.Text)
	if d.lx != nil || r.Kind != MentionName || len(words) < 2 || len(words) > 3 || strings.Contains(r.Text, ".") {
		return false
	}
	for i, w := range words {
		if slices.Contains(words[:i], w) {
			return false
		}
	}
	t := d.tokenAt(r.End)
	if t < 0 || t+2 >= len(d.Tokens) || d.lower(d.Tokens[t]) != "is" {
		return false
	}
	if a := d.lower(d.Tokens[t+1]); a != "a" && a != "an" {
		return false
	}
	for k := t + 2; k < len(d.Tokens) && k < t+5; k++ {
		tk := d.Tokens[k]
		if !tk.Word || tk.Cap {
			return false
		}
		if w := d.lower(tk); roleNouns[w] || occupationNouns[w] {
			return true
		}
	}
	return false
}

// speechNear reports a speech verb right after a mention ("Martell says")
// or right before it ("said Martell", "according to Martell").
func (d *Doc) speechNear(r ref) bool {
	t := d.tokenAt(r.End)
	// Rule speechAfterApposition: "A spokeswoman for the firm, Ann Lowry,
	// said": the name closes an apposition opened before it, so the verb
	// right after its comma is its own, not one past a second apposition.
	// Not when the phrase before is itself in apposition to a name ("Ola
	// Lind, the editor of the town's paper, Velmar Tidning, said": the
	// paper is no speaker), its comma after a capitalised word. On the 966
	// texts of the quotes benchmark (lede extract, before -> after, with
	// the two appositions below): 5 people added (1 and 4 on the md5
	// halves of the file names), all right.
	if t >= 0 && d.Tokens[t].Text == "," && t+1 < len(d.Tokens) && speechWords[d.lower(d.Tokens[t+1])] {
		if k := d.tokenAt(r.Start); k > 0 && d.Tokens[k-1].Text == "," && !d.appositionToName(k-1) {
			return true
		}
	}
	// "Ann Lowry, chief executive of ..., said": skip one apposition.
	if t >= 0 && d.Tokens[t].Text == "," {
		if k := d.appositionEnd(t); k >= 0 {
			t = k + 1
			// Rule speechAfterApposition, two appositions: "Ann Lowry,
			// 49, a nurse who lives nearby, said".
			if k2 := d.appositionEnd(k); k2 >= 0 && !d.speechAt(t) && d.speechAt(k2+1) {
				return true
			}
		}
	}
	if d.speechAt(t) {
		return true
	}
	// Rule speechAcrossEmployer, the employer after the name: "Ann Lowry
	// of Velmar Capital said" (a capitalised run after "of", at most
	// maxRoleOrgWords words, between the name and its verb).
	if t := d.tokenAt(r.End); t >= 0 && t+2 < len(d.Tokens) && d.Tokens[t].Text == "of" && d.Tokens[t+1].Cap {
		k := t + 1
		for k < len(d.Tokens) && k < t+1+maxRoleOrgWords && d.Tokens[k].Word && d.Tokens[k].Cap {
			k++
		}
		if d.speechAt(k) {
			return true
		}
	}
	// Another language's speech verb after the name ("Schulz sagte") or
	// before it ("sagte Schulz", "a déclaré Claire Martin").
	if d.lx != nil {
		if d.langSpeech(d.tokenAt(r.End)) {
			return true
		}
		if k := d.tokenAt(r.Start); k > 0 && d.langSpeech(k-1) {
			return true
		}
	}
	if t := d.tokenAt(r.Start); t > 0 {
		if d.speechBefore(t - 1) {
			return true
		}
		// Rule speechAcrossEmployer, the employer before the name: "noted
		// Velmar TV's Ann Lowry", "according to VTV's Ann Lowry" (a
		// possessive of at most three capitalised words between the verb
		// and the name). With the employer after: on the 966 texts of the
		// quotes benchmark (lede extract, before -> after), 3 people
		// added (1 and 2 on the md5 halves of the file names), all right.
		if isPossessive(d.Tokens[t-1].Text) && d.Tokens[t-1].Cap {
			k := t - 1
			for k > 0 && k > t-4 && d.Tokens[k-1].Word && d.Tokens[k-1].Cap && !isPossessive(d.Tokens[k-1].Text) {
				k--
			}
			if k > 0 && d.speechBefore(k-1) {
				return true
			}
		}
	}
	return false
}

// speechBefore reports a speech verb at token k, or "according to"
// ending there: the words before a speaker's name ("said Martell",
// "according to Martell").
func (d *Doc) speechBefore(k int) bool {
	w := d.lower(d.Tokens[k])
	return speechWords[w] || w == "to" && k > 0 && strings.EqualFold(d.Tokens[k-1].Text, "according")
}

// appositionEnd returns the index of the comma closing the apposition
// opened by the comma at c (within 30 tokens, in the sentence, with a
// token after it), or -1.
func (d *Doc) appositionEnd(c int) int {
	for k := c + 1; k < len(d.Tokens) && k < c+30; k++ {
		if tx := d.Tokens[k].Text; tx == "." || tx == ";" {
			return -1
		}
		if d.Tokens[k].Text == "," && k+1 < len(d.Tokens) {
			return k
		}
	}
	return -1
}

// speechAt reports a speech verb at token t, or after one adverb there:
// "Martell also says".
func (d *Doc) speechAt(t int) bool {
	if t >= 0 && t+1 < len(d.Tokens) && strings.HasSuffix(d.Tokens[t].Text, "ly") || t >= 0 && t+1 < len(d.Tokens) && (d.Tokens[t].Text == "also" || d.Tokens[t].Text == "then") {
		t++
	}
	return t >= 0 && t < len(d.Tokens) && speechWords[d.lower(d.Tokens[t])]
}

// appositionToName reports whether the phrase ending at the comma c
// follows a capitalised word's comma in its sentence ("Ola Lind, the
// editor of the paper," before c): an apposition to that name (rule
// speechAfterApposition, and roleCommonComplement).
func (d *Doc) appositionToName(c int) bool {
	for k := c - 1; k > 0 && k > c-20; k-- {
		switch d.Tokens[k].Text {
		case ".", ";", ":", "!", "?":
			return false
		case ",":
			return d.Tokens[k-1].Word && d.Tokens[k-1].Cap
		}
		if d.lineBreakBefore(k) {
			return false
		}
	}
	return false
}

// speechWords are the commonest speech verbs, for evidence that a name is
// a person's.
var speechWords = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "explained": true,
	"wrote": true, "writes": true, "tweeted": true, "asked": true, "argued": true, "noted": true,
	"insisted": true, "recalled": true, "warned": true, "replied": true, "answered": true,
	"stated": true, "claimed": true, "admitted": true, "continued": true, "agreed": true,
}

func isAllCaps(s string) bool {
	hasUpper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			hasUpper = true
		}
	}
	return hasUpper
}

// casedGivenName is rule casedGivenNameStart: in rule genitiveComplement's
// run after a role, a known given name in another case with its surname
// closing the run opens the name as one in the nominative does
// ("zdaniem posłanki Lewicy Marty Velmskiej": Marta Velmska, the party
// in the role; rule nominativeName reads the case).
func (d *Doc) casedGivenName(k, j int) bool {
	if k != j-2 {
		return false
	}
	_, _, ok := d.nominativeName(Bare(d.Tokens[k].Text), Bare(d.Tokens[k+1].Text))
	return ok
}

// appositionClose reports that token j closes an apposition of rule
// genitiveComplement: a comma, or (rule appositionSentenceEnd) a full
// stop, a semicolon or the text's end, as the apposition may close the
// sentence ("zapowiedziała Ewa Velm, ekonomistka banku Velmar.": the
// bank, no person named Velmar). lede extract --format json: 966 quotes
// texts and 2,065 extracted news texts unchanged.
func (d *Doc) appositionClose(j int) bool {
	if j >= len(d.Tokens) {
		return true
	}
	switch d.Tokens[j].Text {
	case ",", ".", ";":
		return true
	}
	return false
}

// agencyBeforeRole is rule agencyBeforeRole: in Russian and Polish what a
// role is of follows it in the genitive ("пресс-секретарь министерства",
// "minister energii"), so an acronym before a lower-case role is no part
// of it: it is the news agency credited after the dateline ("МОСКВА.
// ТАСС пресс-секретарь Ольга Велмова", "PAP minister Adam Velmski"),
// which the English rule ("Harriers head coach") would take into the
// role. k is the acronym's token.
func (d *Doc) agencyBeforeRole(k int) bool {
	t := d.Tokens[k].Text
	return d.lx != nil && d.lx.genitiveRoles && utf8.RuneCountInString(t) > 1 && isAllCaps(t)
}

func (d *Doc) span(i, j int) string { return d.Text[d.Tokens[i].Start:d.Tokens[j-1].End] }

func (d *Doc) addRun(pi int, r nameRun, kind string) {
	p := d.People[pi]
	if r.roleStart < r.tokStart && r.titled {
		// Rule roleHonorific: a courtesy title between the role and the
		// name is no part of the role ("Labour MP Sir Peter Lund",
		// "Local GP Dr Helen Marsh": the roles are "Labour MP" and "Local
		// GP"). lede extract --format json, HEAD -> this: 966
		// quotes-benchmark texts 10 changed (md5 half of the file name
		// 4/6), 2,046 go-trafilatura extract texts 27 (17/10), each a
		// trailing "Dr.", "Sir", "Mr.", "Prof." or "Dame" gone from a
		// role; none wrong (a role that was no role stays none); bench
		// quotes byte-identical.
		end := r.tokStart
		for end-1 > r.roleStart && d.honorificOnly(d.Tokens[end-1:end]) {
			end--
		}
		rs := d.roleDeterminerStart(r.roleStart, end)
		if rs < end && !d.honorificOnly(d.Tokens[r.roleStart:r.tokStart]) {
			role := d.span(rs, end)
			if d.lx != nil {
				role = trimElision(role)
			}
			p.Roles = append(p.Roles, role)
		}
	}
	if role := d.postNominalRole(r); role != "" && !hasRole(p, strings.ToLower(role)) {
		p.Roles = append(p.Roles, role)
	}
	if r.tailEnd > r.tokEnd {
		if role := d.span(r.tokEnd, r.tailEnd); !hasRole(p, strings.ToLower(role)) {
			p.Roles = append(p.Roles, role)
		}
	}
	if r.gender != 0 && p.Gender == 0 {
		p.Gender = r.gender
	}
	if r.titled {
		p.attested = true
	}
	start := d.Tokens[r.tokStart].Start
	if r.roleStart < r.tokStart && kind == MentionPartial {
		start = d.Tokens[r.roleStart].Start // "Mr. Hunt" is the mention
	}
	if r.roleStart < r.tokStart && !r.titled {
		start = d.Tokens[r.tokStart].Start
	}
	// "the other Jeremy" is the mention, article included.
	if r.tokStart >= 2 && strings.EqualFold(d.Tokens[r.tokStart-1].Text, "other") && strings.EqualFold(d.Tokens[r.tokStart-2].Text, "the") && kind == MentionPartial {
		start = d.Tokens[r.tokStart-2].Start
	}
	// A possessive is no part of the mention ("Jeremy Hunt’s office").
	last := d.Tokens[r.tokEnd-1]
	end := last.Start + len(Bare(last.Text))
	if strings.HasSuffix(last.Text, ".") {
		end = last.End
	}
	d.addRef(pi, Mention{Start: start, End: end, Text: d.Text[start:end], Kind: kind})
}

// descriptions links role descriptions to the one person holding the role:
// "the Leader of the Opposition" to the person titled "Labour Leader", "the
// Health Secretary" to "Health Secretary Jeremy Hunt".
func (d *Doc) descriptions() {
	toks := d.Tokens
	var nameAt map[int]int // token index of a full name's first word -> person
	for i := 0; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "the") {
			continue
		}
		j := i + 1
		head := ""
		ofAt := -1
		marks := 0
		for j < len(toks) && j < i+7+marks && (toks[j].Word || d.nameMarkAt(j)) {
			if !toks[j].Word {
				// Rule nameMarkInRole, as in appositions: "the head of
				// the Velmar Growers' Union" is one description.
				marks++
				j++
				continue
			}
			w := d.lowerBare(toks[j])
			if w == "of" && ofAt < 0 {
				ofAt = j
			}
			if roleNouns[w] && head == "" {
				head = w
			} else if roleNouns[w] && ofAt > 0 {
				// "the daughter of the company's founder": a second role
				// after "of" is another person's; the description ends
				// before the "of".
				j = ofAt
				break
			} else if !toks[j].Cap && !isRoleModifier(w) && !(w == "of" || w == "the") {
				break
			}
			j++
		}
		for j > i+1 && (toks[j-1].Text == "of" || toks[j-1].Text == "the") {
			j--
		}
		if head == "" || j == i+1 {
			continue
		}
		// Rule publicationName (see Resolve): "the Star" alone is a
		// publication's title, no description of a person.
		if j == i+2 && toks[i+1].Cap && nonName[head] {
			continue
		}
		// Rule descriptionApposition: a description followed by a comma
		// and a full name is that person's apposition ("The opposition
		// leader, Councillor Tom Baker, said ..."), whoever else holds a
		// role with the same head ("Council leader Ana Franco"): the
		// description is a mention and a role of the person it names.
		if j+1 < len(toks) && toks[j].Text == "," {
			if nameAt == nil {
				nameAt = map[int]int{}
				for _, r := range d.refs {
					if r.Kind == MentionName {
						nameAt[d.tokenAt(r.Start)] = r.person
					}
				}
			}
			named := -1
			for k := j + 1; k < len(toks) && k <= j+1+maxAppositionTitle && toks[k].Word && toks[k].Cap; k++ {
				if pi, ok := nameAt[k]; ok {
					named = pi
					break
				}
			}
			if named >= 0 {
				start, end := toks[i].Start, toks[j-1].End
				d.addRef(named, Mention{Start: start, End: end, Text: d.Text[start:end], Kind: MentionDescription})
				if role := d.Text[toks[i+1].Start:end]; !hasRole(d.People[named], strings.ToLower(role)) {
					d.People[named].Roles = append(d.People[named].Roles, role)
				}
				i = j - 1
				continue
			}
		}
		// Rule descriptionComplement: a description with its own "of"
		// complement ("the Labour mayor of Orvik") is no
		// mention of a person whose role of that head is of another
		// ("governor of Velmshire").
		comp := ""
		if ofAt > i && ofAt+1 < j {
			comp = strings.TrimPrefix(d.Text[toks[ofAt+1].Start:toks[j-1].End], "the ")
		}
		cand := -1
		for pi, p := range d.People {
			if hasRoleHead(p, head) {
				if cand >= 0 {
					cand = -2
					break
				}
				cand = pi
			}
		}
		if cand < 0 || otherComplement(d.People[cand], head, comp) || d.officeContest(j) {
			continue
		}
		start, end := toks[i].Start, toks[j-1].End
		d.addRef(cand, Mention{Start: start, End: end, Text: d.Text[start:end], Kind: MentionDescription})
		i = j - 1
	}
}

// officeContest is rule officeContest: a description in the possessive
// before a contest for the office ("three candidates want the mayor's
// seat", "the sheriff's election") names the office, not the one
// holding it. j is the token after the description.
func (d *Doc) officeContest(j int) bool {
	return j > 0 && j < len(d.Tokens) && isPossessive(d.Tokens[j-1].Text) && d.Tokens[j].Word && contestNouns[d.lower(d.Tokens[j])]
}

// contestNouns are the contests for an office (rule officeContest).
var contestNouns = set("race", "seat", "contest", "election", "primary", "runoff", "nomination")

// otherComplement reports (rule descriptionComplement) that p's roles of
// the head noun head are of a named place or body ("governor of
// Velmshire") and none is comp, the description's named complement
// ("Ostmark"); false when either is no name (written in lower case:
// "the head of the music college" may be the head of a college named
// in full), or comp is empty.
func otherComplement(p *Person, head, comp string) bool {
	if comp == "" || !isCapWord(comp) {
		return false
	}
	lcomp := strings.ToLower(comp)
	other := false
	for _, r := range p.Roles {
		lr := strings.ToLower(r)
		k := strings.Index(lr, head+" of ")
		if k < 0 {
			if roleHead(strings.Fields(lr)) == head {
				return false
			}
			continue
		}
		c := strings.TrimPrefix(r[k+len(head)+len(" of "):], "the ")
		// The description is cut at a few words ("the director of the
		// Velmar Institute" for "director of the Velmar Institute for
		// Coastal Research"): one complement opening the other is the same.
		if lc := strings.ToLower(c); !isCapWord(c) || strings.HasPrefix(lc, lcomp) || strings.HasPrefix(lcomp, lc) {
			return false
		}
		other = true
	}
	return other
}

// maxPlaceLead is the most words of a place rule placeLead cuts off
// before a name ("Orvania", "Port Velm").
const maxPlaceLead = 2

// maxAppositionTitle bounds the title words between a description's comma
// and the name it is the apposition of ("the opposition leader,
// Councillor Tom Baker", "the chief, Det. Supt. Ana Franco"): two, the
// longest title our test articles write.
const maxAppositionTitle = 2

// isHonorificOnly reports courtesy titles ("Mr.", "Dr", "Sir"), which are
// not roles; "Mayor" or "Senator" are.
func isHonorificOnly(ts []Token) bool {
	for _, t := range ts {
		w := strings.ToLower(Bare(t.Text))
		switch w {
		case "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "hon", "mister", "madam":
		default:
			// Rule courtesyTitles (courtesytitles.go).
			if _, ok := extraCourtesy[w]; ok || courtesyPrefixes[w] {
				continue
			}
			return false
		}
	}
	return true
}

// honorificOnly is isHonorificOnly with, in another language, its
// courtesy titles (rule langHonorificRole): "M.", "Mme", "Herr", "Frau",
// "Sra.", "Dhr." before a name are no role either ("le maire, M. Paul
// Velm" has the role "maire" alone). lede extract --format json,
// fae1fbd -> this, by md5 half of the file name: 966 quotes-benchmark
// texts (English) unchanged; 2,045 go-trafilatura extract texts people
// changed in 15 (10/5), each a courtesy title gone from the roles, all
// right but one role that stays wrong (half 1); bench quotes (ggt-dev,
// polnear-dev, polnear-train) byte-identical.
func (d *Doc) honorificOnly(ts []Token) bool {
	if d.lx == nil {
		return isHonorificOnly(ts)
	}
	for i, t := range ts {
		if isHonorificOnly(ts[i : i+1]) {
			continue
		}
		if _, ok := d.lx.honorifics[strings.ToLower(Bare(t.Text))]; !ok {
			return false
		}
	}
	return true
}

// isTaken reports whether byte offset i (0 to len(Text)) is marked taken.
func (d *Doc) isTaken(i int) bool { return d.taken[i/64]&(1<<(i%64)) != 0 }

// take marks byte offset i taken.
func (d *Doc) take(i int) { d.taken[i/64] |= 1 << (i % 64) }

func (d *Doc) addRef(pi int, m Mention) {
	// Mentions never overlap: the bytes they cover are marked taken.
	if d.taken == nil {
		d.taken = make([]uint64, (len(d.Text)+1+63)/64)
	}
	for _, t := range d.tokensIn(m.Start, m.End) {
		if d.isTaken(t.Start) {
			return
		}
	}
	if d.isTaken(m.Start) {
		return
	}
	for _, t := range d.tokensIn(m.Start, m.End) {
		d.take(t.Start)
	}
	d.take(m.Start)
	d.refs = append(d.refs, ref{Mention: m, person: pi})
	p := d.People[pi]
	// Keep each person's mention starts sorted (pass 2 adds out of order).
	i := sort.SearchInts(p.starts, m.Start)
	p.starts = append(p.starts, 0)
	copy(p.starts[i+1:], p.starts[i:])
	p.starts[i] = m.Start
	if m.Kind == MentionName {
		i := sort.SearchInts(p.fullStarts, m.Start)
		p.fullStarts = append(p.fullStarts, 0)
		copy(p.fullStarts[i+1:], p.fullStarts[i:])
		p.fullStarts[i] = m.Start
	}
}

// matchFull finds a known person with the same first and last name tokens.
// byLast[l] holds exactly the people whose last name is l.
func (d *Doc) matchFull(first, last string) int {
	f, l := strings.ToLower(Bare(first)), strings.ToLower(Bare(last))
	for _, i := range d.byLast[l] {
		p := d.People[i]
		if p.first == f || p.first == "" {
			if p.first == "" {
				p.first = f
				d.byFirst[f] = insertSorted(d.byFirst[f], i)
			}
			return i
		}
	}
	// "Paz Akin" after "Lorena Paz Akin": a tail of a known full name.
	for _, i := range d.byLast[l] {
		p := d.People[i]
		if strings.Contains(" "+strings.ToLower(p.Name)+" ", " "+f+" ") {
			return i
		}
	}
	return -1
}

// matchPart finds the person a single name word refers to: the nearest one
// mentioned before pos whose surname (else first name) it is: byLast[w]
// (byFirst[w]) holds exactly those people, in order.
func (d *Doc) matchPart(w string, pos int) int {
	for _, byLast := range []bool{true, false} {
		best, bestPos, any := -1, -1, -1
		cands := d.byFirst[w]
		if byLast {
			cands = d.byLast[w]
		}
		for _, i := range cands {
			p := d.People[i]
			if any < 0 {
				any = i
			}
			// The last mention of p before pos; for a surname, the last
			// full-name mention ("Michael" quoted in between does not make
			// the next "Greenspan" her husband).
			starts := p.starts
			if byLast {
				starts = p.fullStarts
			}
			k := sort.SearchInts(starts, pos)
			if k > 0 && starts[k-1] > bestPos {
				best, bestPos = i, starts[k-1]
			}
		}
		// Two people with one surname (a father and his daughter): the bare
		// surname is the one named in full last before it ("For Megda
		// Belkacemi, ... Belkacemi says" after an earlier "Khaled
		// Belkacemi"), else the one named first; not a relative named
		// only by kinship over the story's subject (rule relativeSurname).
		if best >= 0 && byLast && len(cands) > 1 && d.namedAsRelative(best) && !d.relativeKeeps(pos, bestPos) {
			best = d.subjectOverRelative(cands, best, pos)
		}
		if best >= 0 {
			return best
		}
		if any >= 0 {
			return any
		}
	}
	return -1
}

// subjectOverRelative is rule relativeSurname: a relative named in full
// only after a kinship noun ("his wife, Helen Ardwell", "his son, Peter
// Ardwell") does not take the bare surname from the person the story is
// about, named in full before them ("Mayor Thomas Ardwell ... Ardwell
// thanked the staff"): news calls a relative by the given name or the
// full name once more, and the bare surname stays the subject's. It
// returns the candidate of cands named in full last before pos who is
// not so named, else best.
func (d *Doc) subjectOverRelative(cands []int, best, pos int) int {
	alt, altPos := -1, -1
	for _, i := range cands {
		if i == best || d.namedAsRelative(i) {
			continue
		}
		starts := d.People[i].fullStarts
		if k := sort.SearchInts(starts, pos); k > 0 && starts[k-1] > altPos {
			alt, altPos = i, starts[k-1]
		}
	}
	if alt < 0 {
		return best
	}
	return alt
}

// relativeKeeps reports the bare surname at pos still the relative's,
// named in full last at relPos, against rule relativeSurname: a title
// before it names one holder ("Captain Ardwell", the son who is the
// captain), and a relative introduced as a speaker ("His father, Ernie
// Ardwell, says ...", "His widow Lina Ardwell spoke") is the speaker of a quote closed by the bare
// surname right after ("..., says Ardwell").
func (d *Doc) relativeKeeps(pos, relPos int) bool {
	t := d.tokenAt(pos)
	if t < 0 {
		return false
	}
	if t > 0 && d.Tokens[t-1].Cap && roleNouns[strings.ToLower(Bare(d.Tokens[t-1].Text))] {
		return true
	}
	speaks := func(k int) bool { return k >= 0 && k < len(d.Tokens) && speechWords[strings.ToLower(d.Tokens[k].Text)] }
	if !speaks(t-1) && !speaks(t+1) {
		return false
	}
	// The relative's name, then a comma or not, then the verb.
	k := d.tokenAt(relPos)
	for k >= 0 && k < len(d.Tokens) && d.Tokens[k].Word && d.Tokens[k].Cap {
		k++
	}
	if k >= 0 && k < len(d.Tokens) && d.Tokens[k].Text == "," {
		k++
	}
	return speaks(k) || k >= 0 && k < len(d.Tokens) && speakingWords[strings.ToLower(d.Tokens[k].Text)]
}

// speakingWords introduce a speaker as speechWords do, without a quote
// of their own ("His widow Lina Velm spoke on Friday."): rule
// relativeSurname's exception.
var speakingWords = map[string]bool{"spoke": true, "speaks": true}

// namedAsRelative reports person pi named in full only right after a
// kinship noun, a comma between or not ("his son, Peter Ardwell", "her
// father Tom Ardwell"): rule relativeSurname.
func (d *Doc) namedAsRelative(pi int) bool {
	starts := d.People[pi].fullStarts
	if len(starts) == 0 {
		return false
	}
	for _, s := range starts {
		t := d.tokenAt(s) - 1
		if t >= 0 && d.Tokens[t].Text == "," {
			t--
		}
		if t < 0 || kinshipOf(d.Tokens[t].Text) == 0 {
			return false
		}
	}
	return true
}

// genderOf is person pi's gender, else the gender of their first name.
func (d *Doc) genderOf(pi int) byte {
	p := d.People[pi]
	if p.Gender != 0 {
		return p.Gender
	}
	return firstNameGender[p.first]
}

// FirstNameGender is the gender person pi's first name gives, long or
// short ("Tom", "Ben"): 'm', 'f', or 0 for a name the lists lack or share
// between genders. Unlike Gender it does not count the pronouns around
// the name, which may be a relative's.
func (d *Doc) FirstNameGender(pi int) byte {
	if pi < 0 || pi >= len(d.People) {
		return 0
	}
	first := d.People[pi].first
	if g := firstNameGender[first]; g != 0 {
		return g
	}
	if g := shortGivenNames[first]; g == 'm' || g == 'f' {
		return g
	}
	return 0
}

// priorGender is genderOf, else the gender rule genderCueAfterName reads
// after the person's first full-name mention.
func (d *Doc) priorGender(pi int) byte {
	if g := d.genderOf(pi); g != 0 {
		return g
	}
	return d.cueGender(pi)
}

// otherNamed returns a person other than not whose first name is w, or -1.
func (d *Doc) otherNamed(w string, not int) int {
	for i, p := range d.People {
		if i != not && p.first == w {
			return i
		}
	}
	return -1
}

// capRuns finds candidate names: maximal runs of capitalised words (with
// particles such as "de" and "van" and initials inside), cut after the last
// title or role word, with leading sentence words and modifiers dropped.
func (d *Doc) capRuns() []nameRun {
	toks := d.Tokens
	var out []nameRun
	for i := 0; i < len(toks); {
		if !toks[i].Word || !toks[i].Cap {
			i++
			continue
		}
		// Rule webAddressWord: the capitalised words glued on after an
		// address are its site's title or menu ("Velmar.com Travel
		// Deals"), no name.
		if webWord(toks, i) {
			for i++; i < len(toks) && toks[i].Word && toks[i].Cap && !strings.Contains(d.Text[toks[i-1].End:toks[i].Start], "\n"); i++ {
			}
			continue
		}
		j := i
		for j < len(toks) && toks[j].Word && !webWord(toks, j) && (toks[j].Cap || d.lx == nil && isParticle(toks, j) || d.lx != nil && d.particleAt(j)) {
			if j > i && toks[j].Start > toks[j-1].End+1 && strings.ContainsAny(d.Text[toks[j-1].End:toks[j].Start], "\n") {
				break
			}
			// Rule contractionEndsRun: a contraction opens the next
			// sentence ("Dana Velm I’ve", a byline run into the text
			// after it): a run opening with a given name ends before
			// it. Any other run keeps it, and the stop word inside
			// makes it no name (a heading: "Easy Suppers You’ll").
			if j > i && d.contractionAt(j) && d.givenName(d.lowerBare(toks[i])) {
				break
			}
			j++
			// A possessive ends the name: "Vancouver's Bo Horvat" is two runs.
			if isPossessive(toks[j-1].Text) {
				break
			}
		}
		for j > i && !toks[j-1].Cap {
			j--
		}
		if r, ok := d.nameIn(i, j); ok {
			out = append(out, r)
		}
		if j == i {
			j = i + 1
		}
		i = j
	}
	return out
}

// webWord is rule webAddressWord: a word with a dot before two lower-case
// letters ("Velmar.com", "Ada.quell.mp") or glued to an "@" after it is a
// web address, a file or an e-mail address, no word of a name: a list of
// members with their addresses ran the address into the name ("Ada
// Quell Ada.quell.mp"), a site's name into the words after it. Initials
// and acronyms have a capital after the dot ("J.R", "U.S") and stay, and
// so does a German genitive of an initial ("Jan K.s Anwalt"). Over the
// 2,065 extracted texts 16 records change: md5 half a 7 right (a site's
// name and menu words no person) and 2 wrong (two other menu phrases
// now read as a person and a place), half b 6 right (two members' names
// without their addresses, four sites' titles no person), 1 wrong (a
// menu phrase), 2 as wrong as before; none of the 966 quote texts; lede
// bench quotes byte-identical.
func webWord(toks []Token, k int) bool {
	if k+1 < len(toks) && toks[k+1].Text == "@" && toks[k+1].Start == toks[k].End {
		return true
	}
	w := toks[k].Text
	for i := 0; i+2 < len(w); i++ {
		if w[i] == '.' && isLowerByte(w[i+1]) && isLowerByte(w[i+2]) {
			return true
		}
	}
	return false
}

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }

func isOpenMark(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "«", "„", "‹":
		return true
	}
	return false
}

func isCloseMark(s string, adjacent bool) bool {
	switch s {
	case "\"", "”", "’", "'", "»", "›", "“":
		return adjacent
	}
	return false
}

// runHasRole reports a title or role word among ts.
func runHasRole(ts []Token) bool {
	for _, t := range ts {
		w := strings.ToLower(Bare(t.Text))
		if _, ok := honorifics[w]; ok || roleNouns[w] {
			return true
		}
	}
	return false
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// isParticle reports whether toks[j] is a lower-case name particle between
// capitalised words ("Charles de Gaulle", "Ludwig van Beethoven").
func isParticle(toks []Token, j int) bool {
	if !particleWord(toks[j].Text) {
		return false
	}
	before := j > 0 && toks[j-1].Cap
	after := j+1 < len(toks) && toks[j+1].Word && toks[j+1].Cap
	// Rule doubleParticle: two particles stand between the given name and
	// the surname ("Lena van der List", "Maria de la Cruz", "Hans von
	// der Heide"): each is a particle when the other stands on its open
	// side, in lower case. lede extract --format json, d1e472d -> this,
	// by md5 half of the file name: 966 quotes-benchmark texts 2 people
	// changed (1/1), right (a minister with two particles gained; a
	// two-word phrase no longer a person); 2,045
	// go-trafilatura extract texts 2 (2/0), right (a name that was its
	// given name or surname alone now whole); bench quotes (ggt-dev,
	// polnear-dev, polnear-train) byte-identical.
	if !before && j > 1 && !toks[j-1].Cap && particleWord(toks[j-1].Text) && toks[j-2].Word && toks[j-2].Cap {
		before = true
	}
	if !after && j+2 < len(toks) && !toks[j+1].Cap && particleWord(toks[j+1].Text) && toks[j+2].Word && toks[j+2].Cap {
		after = true
	}
	return before && after
}

// particleWord reports a lower-case name particle of English text
// ("de", "van", "bin").
func particleWord(w string) bool {
	switch strings.ToLower(w) {
	case "de", "van", "von", "der", "den", "da", "di", "del", "della", "le", "la", "bin", "al", "ibn", "du", "dos", "das", "ter":
		return true
	}
	return false
}

// nameIn extracts the name part of the capitalised run toks[i:j].
func (d *Doc) nameIn(i, j int) (nameRun, bool) {
	toks := d.Tokens
	r := nameRun{tokStart: i, tokEnd: j, roleStart: i}
	if e := d.postNominalEnd(i, j); e < j {
		j, r.tokEnd = e, e
	}
	if e := d.creditTailEnd(i, j); e < j {
		r.tailEnd = j
		j, r.tokEnd = e, e
	}
	// Rule creditLabelEnd: a credit's label before its colon ends the
	// run before it ("Karin Velm Autor: Ada Lis", a teaser's name and
	// the next credit flattened into one line): the label opens the
	// credit, no word of the name, when two words are left.
	if j < len(toks) && toks[j].Text == ":" && j-1-i >= 2 && creditLabels[d.lower(toks[j-1])] {
		j--
		r.tokEnd = j
	}
	// Rule abstractNounTail: a word with the ending of an abstract noun
	// ("Introduction", "Certification", "Sicherheit", "Meldungen")
	// ends no name: a credit line or a heading ran into
	// the name before it ("Ada Quell Illustration"), or the run is a
	// course's, a law's or a product's title ("Harbour Data
	// Regulation"). The run ends before the word when a known given
	// name opens it; any other run is no name (cut, a heading's rest
	// became a person: "Harbour Data" of "Harbour Data Regulation"). A run holding a word that heads a body's name
	// ("Foundation", "Authority": nonName) is left whole to the rules
	// that read bodies: cut, its rest became a person ("the Ada and
	// Ola Quell Foundation" a quote's speaker "Ola Quell"). lede
	// extract --format json, d7ba563f -> this, by md5 half of the file
	// name: over the 2,065 texts of ana-m 54 texts' people changed (31
	// and 23), about 46 right (courses, laws, products and headings no
	// longer people, two names freed of a credit's or a heading's
	// word), 3 wrong in half b (two headings became people, a junk
	// person took a city's mention), the rest junk traded for junk; 4
	// organisations found in full (3 and 1); ana-q and the quotes
	// benchmarks unchanged.
	if j-i >= 2 && abstractNounTail(d.lowerBare(toks[j-1])) && !slices.ContainsFunc(toks[i:j], func(t Token) bool { return nonName[d.lowerBare(t)] }) {
		if w := d.lowerBare(toks[i]); j-i == 2 || !d.givenName(w) && !givenNameWord(w) {
			return r, false
		}
		j--
		r.tokEnd = j
	}
	// Rule placeLead: a known place of one or two words run into a
	// name after it ("Orvania Ada Quell", a list of seats and their
	// members, or a dateline flattened into the name) is no part of the
	// name: the name starts at the known given name after the place,
	// with a word after it. A first word that is a given name too
	// ("Chelsea", "Jordan") keeps the run whole, and so does a place
	// abbreviated with a full stop ("Orv."): it ends a sentence, and
	// entities then read the whole run as a body's name. lede extract
	// --format json, 850236ad -> this: over the 2,065 texts of ana-m 2
	// texts' people changed (half b), right (a member of a seat list
	// found, an official freed of his district's name and made the
	// speaker of 7 quotes); ana-q and the quotes benchmarks unchanged.
	if j-i >= 3 && d.lx == nil && !d.givenName(d.lowerBare(toks[i])) && !givenNameWord(d.lowerBare(toks[i])) {
		for k := i + 1; k <= i+maxPlaceLead && j-k >= 2; k++ {
			if w := d.lowerBare(toks[k]); (d.givenName(w) || givenNameWord(w)) && !strings.HasSuffix(toks[k-1].Text, ".") && entities.IsPlace(d.span(i, k)) {
				i = k
				r.tokStart, r.roleStart = k, k
				break
			}
		}
	}
	// A name wrapped whole in quotation marks is a title or a nickname
	// ("Sweet Caroline", "the Wall"), not a person.
	if i > 0 && j < len(toks) && isOpenMark(toks[i-1].Text) && isCloseMark(toks[j].Text, toks[j-1].End == toks[j].Start) {
		return r, false
	}
	// "(Tomas Reyes/Northwire)": a photographer's credit names no one
	// in the story (and must not draw the story's pronouns).
	if i > 0 && toks[i-1].Text == "(" && j < len(toks) && toks[j].Text == "/" {
		return r, false
	}
	// Rule placeOfficeComplement: a run right after a town's office and
	// its preposition, that punctuation ends, is the town ("the mayor of
	// Port Velling, Tomas Verhoek, said" named a person "Port Velling"),
	// as rule roleComplementPlace of package entities reads it. Measured
	// with lede extract, 888e0e5 -> this: the 966 texts of
	// shared/bench/quotes, 1 person removed (on one md5 half of the file
	// names), right (a town of two words, with a wrong role); the 568
	// extract texts as trafilatura gives them and the 1,497 WCXB gold
	// bodies unchanged.
	if i >= 2 && j < len(toks) && !toks[j].Word && toks[i-1].Word && !toks[i-1].Cap && entities.PlaceOffice(d.lower(toks[i-2]), d.lower(toks[i-1])) {
		return r, false
	}
	// "Leeds's Tom Ashby", "Norfolk's Upper Coast": a possessor
	// followed by a capitalised word is a place or an organisation, unless
	// a role word puts a person before it ("choreographer Mara
	// Velling’s Low Tide", a person and the title of her work).
	if isPossessive(toks[j-1].Text) && j < len(toks) && toks[j].Cap && !(j-i >= 2 && d.roleWordBefore(i)) {
		return r, false
	}
	// Rule employerAfterRole: "analysts at Brookfield Marsh", "a
	// cardiologist at Eastmere General": a capitalised run after a role
	// noun (or its plural) and "at" names where they work, not a person.
	if i >= 2 && strings.EqualFold(toks[i-1].Text, "at") && toks[i-2].Word && roleOrPlural(d.lower(toks[i-2])) {
		return r, false
	}
	// Rule workforceOfEmployer: a capitalised run after a plural noun of
	// a workforce and "of" or "at" ("the workers of Velmar Steel said",
	// "the 300 employees at Brackwater Mills said") names their employer,
	// not a person, unless it opens with a known given name ("the staff
	// of Ada Velm", a person's own staff). lede extract, HEAD 2a26931 ->
	// this: the 966 quotes-benchmark texts and the 2,065 go-trafilatura
	// texts unchanged; bench extract, quotes and text path byte-identical.
	if i >= 2 && (strings.EqualFold(toks[i-1].Text, "of") || strings.EqualFold(toks[i-1].Text, "at")) && toks[i-2].Word && workforceNouns[d.lower(toks[i-2])] && !d.givenName(d.lowerBare(toks[i])) {
		return r, false
	}
	// "the Bluewater Tours", "the Redcliff Energy pipeline": people are not
	// written with the article. Rule prepositionA: "a" is the article in
	// English and Portuguese only; in Spanish and Italian it is the
	// preposition before a person ("detuvieron a Carlos Velm", "ha detto a
	// Mario Velmi"), and those people were lost.
	if i > 0 && toks[i-1].Word && isArticle(toks[i-1].Text) && (toks[i-1].Text != "a" || d.articleA()) && !runHasRole(toks[i:j]) && !modifiers[d.lower(toks[i])] {
		return r, false
	}
	// Rule orgKindBefore: a name right after a lower-case noun of an
	// organisation's kind is that organisation's ("le syndicat Sud Rail
	// a dénoncé", "the campaign group Velm Watch said"), as package
	// entities reads it; not a run with a role in it, nor one opening
	// with a known given name ("the firm Ada Lund founded"). In English
	// the noun phrase must open with "the" or "its" ("a group Ada Lund
	// won" is a clause). Measured with rule kindNounsMore of package
	// entities (its comment has the figures): 2 people dropped, both
	// firms or groups.
	if i > 0 && toks[i-1].Word && !toks[i-1].Cap && !d.lineBreakBefore(i) && entities.OrgKindNoun(d.Lang(), d.lower(toks[i-1])) &&
		!runHasRole(toks[i:j]) && !d.givenName(d.lowerBare(toks[i])) && (d.lx != nil || d.determinedBefore(i-1)) {
		return r, false
	}
	// Drop sentence words and modifiers at the front.
	for r.tokStart < j {
		w := d.lowerBare(toks[r.tokStart])
		if d.stopCap(w) && !d.surnameParticle(r.tokStart, j) && !d.titleAbbrev(r.tokStart) && !d.monthGivenName(r.tokStart, j) {
			r.tokStart++
			r.roleStart = r.tokStart
			continue
		}
		if d.gerundOpener(r.tokStart, i) || d.germanNumberWord(w) {
			r.tokStart++
			r.roleStart = r.tokStart
			continue
		}
		// A party or nationality before a title stays in the role
		// ("Labour Leader", "Green Party MP").
		if modifiers[w] {
			r.tokStart++
			continue
		}
		break
	}
	// Rule declinedPlaceLead: in Polish and Russian a listed place in the
	// genitive before a name is what the words before it are of, no
	// word of the name ("Ветеран сборной Германии Лукаш Велмов" named
	// "Германии Лукаш Велмов"; entities.DeclinedPlace, rule
	// slavicPlaceCase there): with two words left, it is dropped.
	if d.lx != nil && d.lx.genitiveRoles && j-r.tokStart >= 3 && entities.DeclinedPlace(d.lx.code, Bare(toks[r.tokStart].Text)) {
		r.tokStart++
		r.roleStart = r.tokStart
	}
	// Rule placeTail: a word dropped at the front that made a known place
	// with the next ("New" of "a New Zealand Velmist", "San" of "San
	// Francisco Tech") leaves the place's tail, which opens no name: it
	// is dropped too. lede extract --format json, d8b5ec1 -> this, by
	// md5 half of the file name: 966 quotes-benchmark texts people
	// changed in 42 (25/17), all right (a state's tail and a party word
	// no longer a person, a state's tail gone from a governor's role); 2,045
	// go-trafilatura extract texts 9 (4/5), all right; quote speakers
	// in 6 texts (1/5): one right, the rest wrong before and after (a
	// party member now read as the party, as HEAD reads "an Iowa
	// Democrat"); bench quotes ggt-dev and polnear-dev byte-identical,
	// polnear-train's speakers change in 4 texts, its figures the same.
	if r.tokStart > i && r.tokStart+1 < j && entities.IsPlace(d.span(r.tokStart-1, r.tokStart+1)) {
		r.tokStart++
		r.roleStart = r.tokStart
	}
	// Rule sentenceThe: "The" opening the sentence before the run is the
	// lower-case "the" above in a sentence's first word ("The Velmar Red
	// Sox were not involved", "The Bluewater Tours closed"): people are
	// not written with the article. English only (another language's
	// article is no "the"). lede extract --format json, HEAD 78d6b34 ->
	// this (md5 halves of the file names): 966 quotes texts 10 changed
	// (2/8), 7 right (descriptions such as "The Iowa Republican" and
	// firms no longer people), 1 wrong (a paper's quote loses its name),
	// 2 wrong to wrong; 2,046 go-trafilatura extract texts 47 changed
	// (18/29), products, works and places no longer people, a few
	// swapped for another wrong one, 1 quote's speaker a phrase; bench
	// quotes ggt-dev/polnear-dev byte-identical.
	if d.lx == nil && r.tokStart == i+1 && j-i >= 3 && toks[i].Text == "The" && !runHasRole(toks[i+1:j]) && !modifiers[d.lower(toks[i+1])] {
		return r, false
	}
	// Rule institutionHead: a public body's head and its particle open
	// no name ("El Gobierno de Pedro Olmedo" is Pedro Olmedo's
	// government; "Ministério da Saúde" is no one).
	// What follows is a person only when it opens with a known given
	// name or is capitalised words alone: "Comisión de Pesca y
	// Puertos", "Comisión de Faros del Senado" are no one.
	if d.lx != nil && r.tokStart+2 < j && d.lx.institutions[d.lower(toks[r.tokStart])] && d.lx.particles[d.lower(toks[r.tokStart+1])] {
		first := d.lowerBare(toks[r.tokStart+2])
		plain := true
		for k := r.tokStart + 2; k < j; k++ {
			plain = plain && toks[k].Word && toks[k].Cap
		}
		if j-(r.tokStart+2) < 2 || !d.givenName(first) && !plain {
			return r, false
		}
		r.tokStart += 2
		r.roleStart = r.tokStart
	}
	// Rule officeHead (officehead.go): "Općina Zlatni Dol" is no one.
	if d.officeHead(r.tokStart, j) {
		return r, false
	}
	// Rule roleComplementPlace: a role's complement written before the name
	// runs into it: "Ambassador to Ruritania Jane Roe", "envoy to
	// Borduria Sam Okafor" (the capitalised run starts after "to"). After
	// a role word and "to", the leading words of a run of three or more
	// are the place: the name starts at its first known first name, or,
	// with none known, leaves the last two words ("Ruritania Tamsk
	// Orvel" is Tamsk Orvel). Two words must remain.
	if r.tokStart == i && j-i >= 3 && i >= 2 && strings.EqualFold(toks[i-1].Text, "to") && toks[i-2].Word {
		if d.roleNoun(d.lowerBare(toks[i-2])) {
			cut := j - 2
			for k := i + 1; k <= j-2; k++ {
				if firstNameGender[d.lowerBare(toks[k])] != 0 {
					cut = k
					break
				}
			}
			r.tokStart = cut
			r.roleStart = cut
		}
	}
	// Rule titleOfComplement: a title, "of" and its complement run into
	// the name after it: "Mayor of Port Alder Linda Park", "Secretary of
	// State Mike Velm" (the capitalised run starts after "of"). When the
	// last two words of a run of three or more are a given name and a
	// surname, they are the name, and the title with its complement
	// ("Mayor of Port Alder") the person's role; rule roleComplementPlace
	// of package entities reads the complement as the place. The title is
	// capitalised, and no title stands in the complement: "a veteran of
	// President Tom Velm's staff", "daughter of School Principal Ada
	// Lowe" name someone else's title, which the cut below reads.
	// Measured with lede extract over the 966 texts of shared/bench/quotes
	// (HEAD -> this): 46 people changed (25 and 21 on the md5 halves of
	// the file names), all read, all right: 3 added ("Minister of X Ann
	// Lee", "Chief of Staff Ann Lee"), 43 roles added ("Secretary of
	// State", "Deputy Chief of Staff", "Director of National
	// Intelligence"); bench quotes outputs unchanged.
	if r.roleStart == i && r.tokStart <= j-2 && j-i >= 3 && i >= 2 && toks[i-1].Text == "of" && toks[i-2].Word && toks[i-2].Cap && !d.lineBreakBefore(i) && !runHasRole(toks[i:j-2]) {
		w := d.lowerBare(toks[i-2])
		// Rule placeComplementName: a listed place as the whole
		// complement ends it, and the two words after it are the name
		// whether or not the given name is known ("Mayor of London
		// Velm Arko" named "London Velm Arko").
		if _, hon := d.honorific(w); (hon || d.roleNoun(w)) && (givenNameWord(d.lowerBare(toks[j-2])) || entities.IsPlace(d.span(i, j-2))) {
			r.tokStart = j - 2
			r.roleStart = i - 2
			r.titled = true
			// "Deputy Secretary of State", "Republican Secretary of
			// State": capitalised title words and modifiers before the
			// title stay in the role.
			for k := r.roleStart; k > 0 && k > i-6 && toks[k-1].Word && toks[k-1].Cap && !d.lineBreakBefore(k); k-- {
				w := d.lowerBare(toks[k-1])
				if _, hon := d.honorific(w); d.stopCap(w) || !hon && !roleNouns[w] && !modifiers[w] && !isRoleModifier(w) {
					break
				}
				r.roleStart = k - 1
			}
		}
	}
	// Rule roleOfComplement: in the other languages a role and what it
	// is of run into the name after them as English "Minister of Finance
	// Ann Lee" does (rule titleOfComplement): "ministra de Hacienda Ana
	// López", "ministre des Finances Paul Martin", "Bundesminister der
	// Finanzen Klaus Weber" (the capitalised run starts after the
	// preposition), "Minister van Financiën Klaas Visser" (Dutch takes
	// "van" into the run, below). The name starts at the first known
	// given name that leaves two words or more; with none known a run of
	// three words leaves the last two, save in German (givenNameFrom),
	// and a longer one is left as it was. The role is the role word, its
	// preposition and the complement. lede extract --format json,
	// e2f0c02 -> this, by md5 half of the file name: 2,045
	// go-trafilatura extract texts 3 changed (2/1), all right (a role
	// gained; a complement out of a name, with its 3 quotes' speaker);
	// before the German guard 4 more, wrong (a party, a club read as
	// people). 966 quotes-benchmark texts and bench quotes (ggt-dev,
	// polnear-dev, polnear-train, --direct-only) byte-identical.
	if d.lx != nil && r.roleStart == i && i >= 2 && toks[i-2].Word && d.lx.roleOf[d.lower(toks[i-1])] && !d.lineBreakBefore(i) && !d.lineBreakBefore(i-1) {
		if d.roleNoun(d.lowerBare(toks[i-2])) {
			if k := d.givenNameFrom(i+1, j); k > 0 {
				r.tokStart, r.roleStart, r.titled = k, i-2, true
			}
		}
	}
	// Rule coordinatedComplement: a complement of two portfolios or
	// more ("minister van Sociale Zaken en Werkgelegenheid Ria Visser",
	// "Minister für Wirtschaft und Energie Klaus Berger") is cut into
	// runs by its "en"/"und", and the last run took the last portfolio
	// into the name ("Werkgelegenheid Ria Visser", a person with no
	// role). When the words before the conjunction go back, over
	// capitalised words and commas, to a role and its preposition, the
	// run is the complement's tail and the name: the name starts at a
	// known given name (givenNameFrom), and the role is the role word
	// with its whole complement.
	if d.lx != nil && r.roleStart == i && i >= 3 && complementAnd[d.lower(toks[i-1])] && !d.lineBreakBefore(i) {
		if role := d.complementRoleBefore(i - 1); role >= 0 {
			if k := d.givenNameFrom(i+1, j); k > 0 {
				r.tokStart, r.roleStart, r.titled = k, role, true
			}
		}
	}
	// Cut after the rightmost title or role word that leaves a name behind.
	for k := j - 2; k >= r.tokStart; k-- {
		w := d.lowerBare(toks[k])
		g, hon := d.honorific(w)
		// Rule articledTitle: German writes "die Dame", "eine Lady" for
		// a woman, a noun after an article, no courtesy title ("an der
		// Kasse nennt eine Dame Beträge"): the noun after it is no
		// titled name. Only these two: "seine Frau Ada Velm" is his
		// wife, named. lede extract --format json, 64d457f3 -> this:
		// over the 2,065 texts of ana-m 1 person removed (half b),
		// right; ana-q and the quotes benchmarks unchanged.
		// Rule generationLabel: "Gen" with no full stop before a
		// generation's letter or name ("Gen Z", "Gen Alpha", "Gen
		// Xers") is a generation, no general's title. lede extract
		// --format json, 2e181927 -> this: over the 2,065 texts of
		// ana-m 6 people removed (3 and 3), over the 966 of ana-q 1
		// (a), all generations; quotes benchmarks unchanged.
		if w == "gen" && toks[k].Text == "Gen" && k+1 < j && generationWords[d.lowerBare(toks[k+1])] {
			continue
		}
		if hon && (w == "dame" || w == "lady") && k > 0 && d.lx != nil && d.lx.nounsCapitalised && toks[k-1].Word && germanArticles[d.lower(toks[k-1])] {
			continue
		}
		if hon || d.roleNoun(w) || roleCompound(w) {
			if hon && g != 0 {
				r.gender = g
			}
			r.titled = true
			r.tokStart = k + 1
			break
		}
	}
	// Rule compoundHeadName: a compound job of rule compoundHead
	// before a name ("Head Gardener Ada Quell") is the role, its second
	// word with it: cut after "Head" alone, the name took the job's noun
	// ("Gardener Ada Quell"), and rule roleOpensWork then read the run
	// as a work's title and dropped the person. A known given name must
	// follow the compound, so a work's title ("Star Voyage Deep Rift")
	// stays no one. lede extract --format json, 106e6b96 -> this: the
	// 2,065 texts of ana-m and the 966 of ana-q unchanged, quotes
	// benchmarks byte-identical; TestCompoundHeadName proves it.
	if s := r.tokStart; r.titled && s > i && compoundHeads[toks[s-1].Text] && j-s >= 3 {
		if w := d.lowerBare(toks[s+1]); d.givenName(w) || givenNameWord(w) {
			r.tokStart = s + 1
		}
	}
	if d.professionNoName(r) {
		return r, false
	}
	// Rule genitiveComplement, the capitalised complement: the cut after
	// the role left what it is of in the name ("Глава Велмбанка Олег
	// Велмов", "Trener Velmii Gród Marek Velmiński"); the name starts
	// at the first known given name leaving two words, or, in a run of
	// three, at the last two (givenNameFrom).
	if d.lx != nil && d.lx.genitiveRoles && r.titled && r.tokStart > i && j-r.tokStart >= 3 {
		if k := d.givenNameFrom(r.tokStart+1, j); k > 0 {
			r.tokStart = k
		}
	}
	// Rule genitiveComplement, a complement's adjective cut from its
	// noun: "Губернатор Велмской области Андрей Велмов" leaves
	// the adjective alone after the role; it is no one (the name after
	// takes the role, genitiveRoleStart).
	if d.lx != nil && d.lx.genitiveRoles && r.titled && r.tokStart > i && j-r.tokStart == 1 && j < len(toks) && toks[j].Word && !toks[j].Cap && genitiveAdjective(d.lowerBare(toks[r.tokStart])) {
		return r, false
	}
	// Rule roleOfComplement, the run that holds the preposition: the
	// cut after the role left "van Financiën Klaas Visser".
	if d.lx != nil && r.titled && r.tokStart > i && r.tokStart+3 <= j && !toks[r.tokStart].Cap && d.lx.roleOf[d.lower(toks[r.tokStart])] {
		if k := d.givenNameFrom(r.tokStart+2, j); k > 0 {
			r.tokStart = k
		}
	}
	// Rule roleOpensWork: a plain role noun (no title such as "Mayor" or
	// "Director-General") capitalised only because it opens the sentence,
	// before three or more capitalised words the first of which is no
	// known first name, opens the title of a work or a product ("Star Wars
	// Jedi Survivor was the best-selling game"), not a role before a
	// person ("Actor Ada Lowe": two words; "Singer Mary Ann Cole": a first
	// name).
	if r.titled && r.tokStart == i+1 && r.tokEnd-r.tokStart >= 3 && d.opensSentence(toks[i].Start) {
		w := d.lowerBare(toks[i])
		if _, hon := honorifics[w]; !hon && roleNouns[w] && !strings.Contains(w, "-") &&
			firstNameGender[d.lowerBare(toks[i+1])] == 0 && !IsAbbrev(Bare(toks[i+1].Text)) {
			return r, false
		}
	}
	// Rule occupationLead: an everyday occupation opening a run of three or
	// more capitalised words is a pre-modifier, not a first name ("Baker Tom
	// Reilly said", "Farmer Ann Cole", capitalised only because it opens the
	// sentence). These words are not roleNouns, since many are surnames
	// too ("Ruth Baker", "Frances Farmer"): a name of two words must remain
	// after them, so "Baker Mayfield" stays whole; with a title or role
	// among the rest, the cut after the rightmost one decides the name.
	if r.tokStart == i && j-i >= 3 && occupationNouns[d.lower(toks[i])] && !runHasRole(toks[i+1:j]) {
		r.tokStart = i + 1
		r.titled = true
	}
	// Rule germanNounLead: German capitalises every noun, so an
	// occupation or description written before a name runs into it
	// ("Imker Paul Velde", "Winzerin Anna Velde"): in a run of three or
	// more, a first word with a person noun's ending (germanPersonNoun)
	// that is no given name, before a known given name, is the
	// description, and the name starts at the given name; like rule
	// occupationLead, the description is the person's role. The ending
	// keeps a given name the lists lack in the name ("Velmund Paul
	// Tessendorf", invented; two such on the extract benchmark's German
	// pages) and a sentence's noun out of the role ("Nachfrage", "Fall").
	// Rule articledNounLead: after a German article the first word is a
	// noun, never a name ("Die Regisseurin Hanna Velt", "die Winzerin
	// Jorina Velde": invented): the description leads whether the lists know the
	// given name after it or not (they lack many, "Hanna" among them, so
	// the role ran into the name). The article must stand on the same
	// line, as rule articleRoleComplement asks.
	if s := r.tokStart; d.lx != nil && d.lx.nounsCapitalised && j-s >= 3 && !r.titled {
		first, second := d.lowerBare(toks[s]), d.lowerBare(toks[s+1])
		articled := d.lx.code == "de" && s > 0 && germanArticles[d.lower(toks[s-1])] && !d.lineBreakBefore(s) && toks[s+1].Cap && !d.lx.particles[second] && feminineAgentNoun(first)
		if (d.givenName(second) || articled) && !d.givenName(first) && germanPersonNoun(first) {
			r.roleStart = s
			r.tokStart = s + 1
			r.titled = true
		}
	}
	// Rule twoNounLead: a description of two person nouns, a place's
	// inhabitant or a trade before the noun ("des Kieler Staatsrechtlers
	// Volker Velm", "Hamburger Zahnärztin Anna Velde": invented), ran into
	// the name as one noun does before rule germanNounLead: before a known
	// given name, both are the role.
	if s := r.tokStart; d.lx != nil && d.lx.code == "de" && j-s >= 4 && !r.titled {
		first, second, third := d.lowerBare(toks[s]), d.lowerBare(toks[s+1]), d.lowerBare(toks[s+2])
		if d.givenName(third) && !d.givenName(first) && !d.givenName(second) && germanPersonNoun(first) && germanPersonNoun(second) {
			r.roleStart = s
			r.tokStart = s + 2
			r.titled = true
		}
	}
	// Rule loneGivenLead: a German person noun the role lists lack before
	// a lone given name the lists know ("Hauptdarsteller Olivier sagte",
	// "Mechaniker Paul": invented) is that person's role and the given
	// name the person, as a listed role before one name is read already
	// ("Trainer Olivier"); the two words were one person's name. A word
	// in "-in" that is no feminine agent noun is also a given name the
	// lists lack ("Edwin Thomas"): only after a determiner ("ihre
	// Freundin Marie").
	if s := r.tokStart; d.lx != nil && d.lx.code == "de" && j-s == 2 && !r.titled {
		first, second := d.lowerBare(toks[s]), d.lowerBare(toks[s+1])
		noun := germanPersonNoun(first)
		if strings.HasSuffix(first, "in") && !feminineAgentNoun(first) {
			noun = s > 0 && germanDeterminer(d.lower(toks[s-1]))
		}
		// "Chefredakteur Paolo di Velmo": a short lower-case word
		// and a capital after the run are a surname's particle.
		particle := j+1 < len(toks) && toks[j].Word && !toks[j].Cap && len(toks[j].Text) <= maxParticleBytes && toks[j+1].Cap
		if d.givenName(second) && !d.givenName(first) && noun && !particle {
			r.roleStart = s
			r.tokStart = s + 1
			r.titled = true
		}
	}
	if r.tokStart >= r.tokEnd {
		return r, false
	}
	// Rule particleAfterRole: in a language with name particles, what a
	// role leaves behind cannot open with a lower-case particle: "O
	// Presidente da República" is the role's complement, no one called
	// "da República" (a surname alone after a role is written
	// capitalised: "minister De Bruin").
	// German writes a surname's particle in lower case after a role
	// ("Kommissionspräsidentin von der Aue"): not there.
	if d.lx != nil && !d.lx.nounsCapitalised && r.titled && r.tokStart < r.tokEnd && !toks[r.tokStart].Cap && d.lx.particles[d.lower(toks[r.tokStart])] {
		return r, false
	}
	// Rule particlePlaceBeforeName: a role, a particle and one word, then
	// a comma and a capitalised name, is the role's complement before the
	// name in apposition that takes it ("Der Bürgermeister von Kiel, Tomas
	// Verhoek, sagte" is Tomas Verhoek's role, no one called "von Kiel"),
	// where German writes a surname's particle in lower case after a role
	// (rule particleAfterRole leaves it); "Bundespräsident von Weizsäcker
	// sagte" stays a person. Measured with lede extract over the 966 texts
	// of shared/bench/quotes and the 568 texts of the extract benchmark as
	// trafilatura gives them, HEAD -> this: 2 people removed (1 and 1 on
	// the md5 halves of the file names), both read, both right (a head of
	// government and a mayor "von" a place before their names); the 966
	// unchanged.
	// Rule particleComplementEnd: in German, a role, a particle and one
	// word that a conjunction, the line's end or punctuation other than a
	// comma or a colon follows is the role's complement, a place or a body
	// ("Der Bürgermeister von Velmsee und der Landrat trafen sich",
	// "früherer Direktor von Velmar.", "im Beirat von Velmar –"), unless
	// the text names someone with a given name before the particle and
	// the word ("Klaus von Velmsee", rule particleGivenName). A verb after it keeps
	// the person ("Bundespräsident von Velmsee sagte"), and so do a comma
	// (an apposition may follow a person) and a colon (a quotation may).
	// Measured with lede extract, HEAD -> this: the 568 texts of the
	// extract benchmark as trafilatura gives them (339 in German), 3
	// people removed (3 and 0 on the md5 halves of the file names), all
	// read, all right (a town, a firm, a charity); the 966 texts of
	// shared/bench/quotes and the 1,497 WCXB gold bodies (none in German)
	// unchanged. With the colon: 1 more removed, a firm before a colon,
	// but its name with a country after it became a person.
	// Both rules read "a role, a particle and one word" (the particle
	// in lower case; only German gets here, particleAfterRole above
	// having dropped it in the other languages).
	if d.lx != nil && d.lx.nounsCapitalised && r.titled && r.tokEnd-r.tokStart == 2 && r.tokEnd == j && !toks[r.tokStart].Cap && d.lx.particles[d.lower(toks[r.tokStart])] {
		// particlePlaceBeforeName: a comma and a capitalised name after.
		if j+2 < len(toks) && toks[j].Text == "," && toks[j+1].Word && toks[j+1].Cap && toks[j+2].Word && toks[j+2].Cap {
			return r, false
		}
		// particleComplementEnd.
		if d.complementEnd(j) && !d.particleGivenName(toks[r.tokStart+1].Text) {
			return r, false
		}
		// Rule articleRoleComplement: an article before the role makes
		// it a common noun and the particle its preposition ("Der
		// Stadtrat von Velmstadt hat beschlossen", the town's council),
		// whatever follows; a title before a person's surname is
		// written bare ("Bundespräsident von Velmsee sagte"). Unless
		// the text names someone with a given name before the particle
		// and the word (rule particleGivenName). lede extract, HEAD 6a90ae4
		// -> this: 1 person dropped over the 2,046 go-trafilatura extract
		// texts ("ein Sprecher von" a firm; md5 half 1), right.
		if r.roleStart > 0 && germanArticles[d.lower(toks[r.roleStart-1])] && !d.lineBreakBefore(r.roleStart) && !d.particleGivenName(toks[r.tokStart+1].Text) {
			return r, false
		}
	}
	// Rule articleRoleOfRun: the same with more than one word after the
	// particle. A role noun with its article before "von" is a common
	// noun and "von" its "of" ("Laut dem Sprecher von Velmer Kranbau ist
	// ...", "ein Mitarbeiter von Velmstadt Energie"): what follows is the
	// firm or place the role belongs to, no nobleman, whose "von" follows
	// a given name or a bare title. Unless the text names someone with a
	// given name before the particle and the word (rule
	// particleGivenName). A lower-case word after the particle is a
	// noble surname's article or conjunction ("die Ministerin von der
	// Velmen", "Freiherr von und zu Velmsee"): the rule leaves it.
	// lede extract, HEAD 0eed636 -> this: the 966
	// quotes-benchmark texts and the 2,065 go-trafilatura texts
	// unchanged; bench extract, quotes and text path byte-identical.
	if d.lx != nil && d.lx.nounsCapitalised && r.titled && r.tokEnd-r.tokStart > 2 && !toks[r.tokStart].Cap && d.lx.particles[d.lower(toks[r.tokStart])] && toks[r.tokStart+1].Cap &&
		!d.particleGivenName(toks[r.tokStart+1].Text) {
		if r.roleStart > 0 && r.roleStart < r.tokStart && germanArticles[d.lower(toks[r.roleStart-1])] && !d.lineBreakBefore(r.roleStart) {
			return r, false
		}
		// Rule bareRoleOfRun: with no article, a role noun (no title
		// or honorific) right before "von" and two capitalised words or
		// more after it, none a known given name, is a role of a firm
		// or place too ("Laut Sprecher von Velmar Logistik ist ..."); a
		// noble title before a surname names one word or a run opening
		// with an article ("Bundespräsident von Velmsee", "Ministerin
		// von der Velmen"). lede extract, HEAD e506ebe -> this: the 966
		// quotes-benchmark texts unchanged; over the 2,065
		// go-trafilatura texts 1 person dropped (md5 half b), right (a
		// works council head's firm); bench extract, quotes and text
		// path byte-identical.
		if d.lower(toks[r.tokStart]) == "von" && r.tokStart > 0 && !d.lineBreakBefore(r.tokStart) && d.firstGivenName(r.tokStart+1, r.tokEnd) < 0 {
			if w := d.lowerBare(toks[r.tokStart-1]); d.roleNoun(w) {
				if _, hon := d.honorific(w); !hon {
					return r, false
				}
			}
		}
	}
	// Lower-case role words before the run ("head coach Peter Vandermolen").
	if r.roleStart == i {
		k := i
		// A role ends at a line break: "stands in the centre" closing one
		// list item is no title of "Lower speed limits" opening the next.
		for k > 0 && k > i-4 && toks[k-1].Word && !toks[k-1].Cap && !d.lineBreakBefore(k) {
			w := d.lower(toks[k-1])
			if d.roleNoun(w) || (k < i && isRoleModifier(w)) {
				k--
				continue
			}
			break
		}
		// "il ministro dell'Economia Marco Ferretti": a role and its
		// elided complement (rule langRoleComplement).
		if k == i && d.lx != nil {
			if rs := d.roleAdjectiveStart(i); rs >= 0 {
				r.roleStart = rs
				r.titled = true
			} else if rs := d.langRoleComplement(i); rs >= 0 {
				r.roleStart = rs
				r.titled = true
			} else if rs := d.genitiveRoleStart(i); rs >= 0 {
				r.roleStart = rs
				r.titled = true
			}
		}
		if rn := d.lower(toks[k]); k < i && k > 0 && roleNouns[rn] && (d.lx == nil || !d.lx.roles[rn]) && d.nounModifierAt(k-1) {
			k--
			// "deputy national security adviser": the role's
			// modifiers before the noun stay in it.
			for k > 0 && k > i-6 && toks[k-1].Word && !toks[k-1].Cap && !d.lineBreakBefore(k) && isRoleModifier(d.lower(toks[k-1])) {
				k--
			}
		}
		if k < i && d.roleNoun(d.lower(toks[i-1])) {
			// Rule genitiveLead (genitivelead.go): "Rīgas domes
			// priekšsēdētājs". Else include a capitalised organisation
			// word before ("Harriers head coach").
			if g := d.genitiveLeadStart(k); g < k {
				k = g
			} else if k > 0 && toks[k-1].Word && toks[k-1].Cap && !d.stopCap(d.lower(toks[k-1])) && !d.agencyBeforeRole(k-1) {
				k--
			}
			r.roleStart = k
			r.titled = true
		}
	}
	// Rule turkishMinistry: a Turkish ministry joins its fields with
	// "ve" before the title ("Velmcilik ve Altyapı Bakanı Ali Velmoğlu"):
	// the run after "ve" held the title, the capitalised words before
	// "ve" are in the role too. lede extract --format json
	// (/tmp/hD/w/run.sh over /tmp/hD/w/mtexts2 and /tmp/hr/texts),
	// 24696da -> this: the 2,045 go-trafilatura and 966 quotes texts
	// unchanged (none Turkish); bench quotes ggt-dev and polnear-dev
	// byte-identical.
	if d.lx != nil && d.lx.code == "tr" && r.titled && r.roleStart == i && r.tokStart > i && i >= 2 && d.lower(toks[i-1]) == "ve" && toks[i-2].Word && toks[i-2].Cap && !d.lineBreakBefore(i-1) && !d.lineBreakBefore(i) {
		k := i - 2
		for k > 0 && k > i-maxTurkishFields && toks[k-1].Word && toks[k-1].Cap && !d.stopCap(d.lower(toks[k-1])) && !d.lineBreakBefore(k) {
			k--
		}
		r.roleStart = k
	}
	// Rule genitiveComplement, the complement opening the run after a
	// lower-case role: "депутат Велмдумы Олег Велмин", "posłanka
	// Velmicy Anna Velmowa" (the run starts after the role); the name
	// starts at a known given name leaving two words, the words before it
	// go to the role. After a name and a comma the run is what the role
	// is of ("Jan Velmski, prezes spółki Velmo Energia, ...": the firm),
	// unless a known given name opens it. With rule apostropheSuffix and
	// inflectedSurname's "-im": lede extract --format json
	// (/tmp/hD/w/run.sh), 7b3f1a2 -> this: the 2,045 go-trafilatura
	// texts and the 966 quotes texts unchanged (without the given-name
	// guard 1 changed, wrong: a body's name read as a person); bench
	// quotes byte-identical.
	if d.lx != nil && d.lx.genitiveRoles && r.titled && r.roleStart < i && r.tokStart == i {
		for k := i + 1; k <= j-2; k++ {
			if d.givenName(d.lowerBare(toks[k])) || d.casedGivenName(k, j) {
				r.tokStart = k
				break
			}
		}
		if r.tokStart == i && r.roleStart > 0 && toks[r.roleStart-1].Text == "," && d.appositionClose(j) && !d.givenName(d.lowerBare(toks[i])) {
			return r, false
		}
	}
	// Rule genitiveComplement, a complement alone after the role: a
	// run in the genitive whose first word is no known given name
	// ("szefa Velmskiej Agencji Ochrony", "Posłanka Partii Zielonych,
	// Ada Lis") is what the role is of, not a person.
	if d.lx != nil && d.lx.genitiveRoles && r.titled && j-r.tokStart >= 2 && !d.givenName(d.lowerBare(toks[r.tokStart])) && genitiveNoun(d.lowerBare(toks[r.tokStart])) {
		return r, false
	}
	// "The Northern Wire Paul Adair" (a photo credit run into a
	// caption): the name is what follows the last organisation word.
	// Rule conjunctionAfterOrg: not when a lower-case particle follows it
	// (Spanish "y", a conjunction too: "a Velmar FC y Orvina remontó" left
	// the person "y Orvina"); a name opens with a capital there.
	for k := r.tokEnd - 1; k >= r.tokStart; k-- {
		w := d.lowerBare(toks[k])
		if nonName[w] || isAllCaps(toks[k].Text) && utf8.RuneCountInString(toks[k].Text) > 1 && !strings.HasSuffix(toks[k].Text, ".") {
			if r.tokEnd-(k+1) >= 2 && toks[k+1].Cap {
				r.tokStart = k + 1
				r.roleStart = r.tokStart
			}
			break
		}
	}
	n := r.tokEnd - r.tokStart
	if n > 4 {
		return r, false
	}
	// Rule leadWordRun: "Deport Ada Marr" is Ada Marr.
	for !r.titled && r.tokEnd-r.tokStart >= 3 && d.leadWord(r.tokStart) && toks[r.tokStart+1].Cap {
		r.tokStart++
		r.roleStart = r.tokStart
	}
	n = r.tokEnd - r.tokStart
	if !r.titled && (d.placeRun(r.tokStart, r.tokEnd) || d.commonWordsRun(r.tokStart, r.tokEnd)) {
		return r, false
	}
	// Rule groupBeforeRole: a run ending in a group's kind word and
	// followed by a lower-case role noun ("Velm Rivers Alliance director
	// Ola Brand") is the employer in the role, not a person. lede extract
	// --format json, HEAD 6418727 -> this: no change over the 966 quotes
	// texts nor the 2,046 go-trafilatura extract texts; bench quotes
	// byte-identical. Putting "alliance" and "coalition" in nonName
	// instead changed quotes, mostly for the worse: rejected.
	if last := d.lowerBare(toks[r.tokEnd-1]); groupKindWords[last] && r.tokEnd < len(toks) && toks[r.tokEnd].Word && !toks[r.tokEnd].Cap && roleNouns[d.lower(toks[r.tokEnd])] {
		return r, false
	}
	// Rule positionCommonWord: a lone capitalised word after a player's
	// position (sportPositions) that the text writes in lower case too is
	// a heading's or a list's noun, not a surname ("Goalkeeper Rating –
	// sets the rating", a game's settings).
	//
	// Rule titledCommonWord: so is one after any other role noun written
	// capitalised, unless the text makes it a speaker (speakerWord):
	// menus, product lists and headings run a title into the next word
	// ("Become Designer Quickly", "Expert Secrets for ...", "Chief
	// Marketing Officer Master the tools"), while a surname that is a word too is
	// named as a speaker in news ("Mayor Young said", "Officer Brown, who
	// ..."). A lower-case role is left: news writes it before what it is
	// of ("event organizer Alliance for ...", whose quotes keep their
	// speaker).
	if n == 1 && r.tokStart > 0 {
		prev := d.lowerBare(toks[r.tokStart-1])
		if position, titled := sportPositions[prev], toks[r.tokStart-1].Cap && d.roleNoun(prev); position || titled {
			d.buildLowerWords()
			w := Bare(toks[r.tokStart].Text)
			if LowerLookup(d.lowerWords, w) && (position || !d.speakerWord(w)) {
				return r, false
			}
		}
	}
	// "artistic director Peter Chapel": after a role word, a known
	// first name and one more word make a person even when that word
	// usually names a place or a body.
	titledFirstName := n == 2 && d.roleWordBefore(r.tokStart) && knownFirstName(d.span(r.tokStart, r.tokEnd))
	// Rule placeHeadSurname: a given name and a place's head word that is
	// a surname as well (entities.PlaceHeadSurname, nonName words: "Linda
	// Park", "Mark Hill") name a person, not a park or a hill, where the
	// run is read as a person's (placeHeadPerson); the head word alone is
	// kept for matchPart ("Park thanked volunteers" after "Mayor Linda
	// Park"). English only. Measured with
	// lede extract over the 966 texts of shared/bench/quotes and with
	// bench quotes (ggt-dev, polnear-dev, polnear-train): no name of
	// this shape there, every output unchanged.
	placeHead := d.lx == nil && entities.PlaceHeadSurname(d.lowerBare(toks[r.tokEnd-1])) &&
		(n == 1 || n == 2 && givenNameWord(d.lowerBare(toks[r.tokStart])) && d.placeHeadPerson(r))
	for k := r.tokStart; k < r.tokEnd; k++ {
		t := toks[k]
		w := strings.ToLower(Bare(t.Text))
		if nonName[w] && !((titledFirstName || placeHead) && k == r.tokEnd-1) || d.stopCap(w) && !d.surnameParticle(k, r.tokEnd) && !d.monthGivenName(k, r.tokEnd) || isAllCaps(t.Text) && utf8.RuneCountInString(t.Text) > 1 && !strings.HasSuffix(t.Text, ".") {
			return r, false
		}
		if _, hon := d.honorific(w); hon && n == 1 {
			return r, false
		}
		for _, c := range t.Text {
			if unicode.IsDigit(c) {
				return r, false
			}
		}
	}
	if d.lx != nil && d.lx.nounsCapitalised && !r.titled && germanNounRun(toks[r.tokStart:r.tokEnd]) {
		return r, false
	}
	if d.lx != nil && !r.titled && d.placesRun(r.tokStart, r.tokEnd) {
		return r, false
	}
	// A single initial is no name.
	if n == 1 && IsAbbrev(Bare(toks[r.tokStart].Text)) {
		return r, false
	}
	// The last word must not be an initial ("John F.").
	if strings.HasSuffix(toks[r.tokEnd-1].Text, ".") {
		return r, false
	}
	return r, true
}

// complementAnd are the conjunctions that join two portfolios in a
// role's complement (rule coordinatedComplement).
var complementAnd = set("en", "und", "et", "y", "e")

// maxComplementTokens bounds the backward walk of rule
// coordinatedComplement over a complement's words and commas: the
// longest portfolio lists name three or four ministries.
const maxComplementTokens = 8

// complementRoleBefore returns the role word whose complement the
// conjunction at c continues (rule coordinatedComplement): walking back
// from c over capitalised words and commas, at least one word, to a
// lower-case preposition of d.lx.roleOf right after a role word; or -1.
func (d *Doc) complementRoleBefore(c int) int {
	toks := d.Tokens
	words := 0
	for k := c - 1; k >= 1 && k >= c-maxComplementTokens; k-- {
		t := toks[k]
		if d.lineBreakBefore(k + 1) {
			return -1
		}
		switch {
		case t.Text == ",":
			continue
		case t.Word && t.Cap:
			words++
			continue
		case t.Word && words > 0 && d.lx.roleOf[d.lower(t)] && toks[k-1].Word && d.roleNoun(d.lowerBare(toks[k-1])):
			return k - 1
		}
		return -1
	}
	return -1
}

// givenNameFrom is where the name starts in the complement and name
// toks[k-1:j] (rule roleOfComplement): the first token in [k, j-2] that
// is a known given name, of the English lists or the text's language's;
// else, when three words make the whole, the last two (a complement of
// one word: "van Financiën Klaas Visser"), save in German, whose nouns
// are capitalised ("der Partei Velmar Libre" is a party); else -1.
func (d *Doc) givenNameFrom(k, j int) int {
	if t := d.firstGivenName(k, j-1); t >= 0 {
		return t
	}
	if j-(k-1) == 3 && !d.lx.nounsCapitalised {
		return j - 2
	}
	return -1
}

// givenNameWord reports a given name of the English lists, long or short,
// those that are words too ("Mark", "Grace") included: rule
// placeHeadSurname asks for one before the head word.
func givenNameWord(w string) bool {
	return firstNameGender[w] != 0 || wordFirstNames[w] || shortGivenNames[w] != 0
}

// placeHeadPerson reports (rule placeHeadSurname) that the run r of two
// words stands where a person is named: after a title cut from the run
// ("Mayor Linda Park") or a lower-case role word ("treasurer Mark
// Hill"), as the subject of a speech verb ("Linda Park said", "said Grace
// Lake,"), or before a role in apposition ("Grace Lake, a nurse at").
// A place is seldom any of these.
func (d *Doc) placeHeadPerson(r nameRun) bool {
	toks := d.Tokens
	s, e := r.tokStart, r.tokEnd
	if r.titled && r.roleStart < s || d.roleWordBefore(s) || d.speechAt(e) {
		return true
	}
	// "said Grace Lake," : the verb before, the clause closed after.
	if s > 0 && r.roleStart == s && d.speechBefore(s-1) && e < len(toks) && (toks[e].Text == "," || toks[e].Text == ".") {
		return true
	}
	return d.roleAppositionAt(e)
}

// roleAppositionAt reports a role in apposition opening at the comma at
// token c: a comma, an article and, within maxPlaceHeadRoleWords lower-case
// words, a role noun or an occupation ("Grace Lake, a nurse at the county
// hospital", "Mark Hill, the city's treasurer").
func (d *Doc) roleAppositionAt(c int) bool {
	toks := d.Tokens
	if c+2 >= len(toks) || toks[c].Text != "," {
		return false
	}
	if !isArticle(d.lower(toks[c+1])) {
		return false
	}
	for k := c + 2; k < len(toks) && k < c+2+maxPlaceHeadRoleWords && toks[k].Word && !toks[k].Cap; k++ {
		if w := d.lowerBare(toks[k]); roleNouns[w] || occupationNouns[w] || appositionRoles[w] {
			return true
		}
	}
	return false
}

// articleA reports that "a" is an article in the text's language (rule
// prepositionA): English (no word lists) and Portuguese.
func (d *Doc) articleA() bool { return d.lx == nil || d.lx.code == "pt" }

// isArticle reports an English article, in lower case.
func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// maxPlaceHeadRoleWords bounds the words before the role noun of rule
// placeHeadSurname's apposition ("a retired school nurse").
const maxPlaceHeadRoleWords = 4

// germanPersonEndings end German nouns for people: agents and
// inhabitants in -er/-erin (genitive -ers), -in, -ist/-istin, -mann/-frau,
// borrowed -eur/-ier, -loge/-login, -osoph, -ekt, -ege ("Imker",
// "Winzerin", "Journalistin", "Bankkaufmann", "Hotelier", "Philosoph",
// "Architekt", "Kollege"); read on the extract benchmark's German pages.
var germanPersonEndings = []string{"er", "erin", "ers", "in", "ist", "istin", "mann", "frau", "eur", "ier", "loge", "login", "osoph", "ekt", "ege"}

// maxParticleBytes bounds a surname's particle of any language that rule
// loneGivenLead looks for after a given name ("di", "van", "von", "del").
const maxParticleBytes = 3

// germanPossessives are the stems of German possessive determiners
// (rule loneGivenLead).
var germanPossessives = set("mein", "dein", "sein", "ihr", "unser", "euer", "eur")

// germanPossessiveEndings are the endings of a German possessive
// determiner after its stem, none first ("ihr", "ihrem").
var germanPossessiveEndings = []string{"", "e", "em", "en", "er", "es"}

// germanDeterminer reports a lower-case German article or possessive
// determiner with its ending ("die", "ihrem", "seine", "unseren").
func germanDeterminer(w string) bool {
	if germanArticles[w] {
		return true
	}
	for _, end := range germanPossessiveEndings {
		if stem, ok := strings.CutSuffix(w, end); ok && germanPossessives[stem] {
			return true
		}
	}
	return false
}

// feminineAgentNoun reports a lower-case German feminine agent noun: "-in"
// after a stem with a person noun's ending ("regisseurin", "siegerin",
// "journalistin"), as rule articledNounLead asks. Masculine "-er" words
// are also inhabitants' adjectives ("Londoner", "Pariser") and other
// nouns ("Heringslogger"), and "-in" alone ends "Berlin", "Medizin": over
// the 2,065 extracted texts, with any person noun's ending, the rule
// made some twenty wrong people (a town, a product, a phrase) for a few
// right ones (measured by hand with lede extract --format json against
// f976fcdd, when commit d01c637c was written).
func feminineAgentNoun(w string) bool {
	stem, ok := strings.CutSuffix(w, "in")
	return ok && germanPersonNoun(stem)
}

// germanPersonNoun reports a lower-case German word with an ending of
// germanPersonEndings.
func germanPersonNoun(w string) bool {
	for _, e := range germanPersonEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// roleHead is the head noun of a role's words: the last, or the one before
// its first "of" ("granddaughter" of "granddaughter of the company's
// founder", "leader" of "leader of the Labour Party"), as Resolve reads a
// description; the founder or the party is someone else.
func roleHead(f []string) string {
	for i, w := range f {
		// Rule placeOfWorkHead: the head of "economist at the Orvania
		// Institute" is the word before "at", as before "of": "the
		// economist" names her again, not "the institute". ("for" and
		// "with" are left: "candidate for governor" made "the candidate"
		// of a text another's.) Over the 966 quote texts 3 records
		// change: md5 half a 1, a speaker no more the wrong chief
		// executive (right), half b 2, a lawyer named again and a
		// description of someone else no more a person's (right); over
		// the 2,065 extracted texts 2 (a: a menu phrase's mention, as
		// wrong as before; b: a dean named again, right). lede bench
		// quotes: PolNeAR train
		// one speaker's name changes, every score of both halves
		// unchanged; PolNeAR dev (all and --direct-only), GGT dev
		// byte-identical.
		if (w == "of" || w == "at") && i > 0 {
			return Bare(f[i-1])
		}
	}
	return Bare(f[len(f)-1])
}

// firstGivenName is the first of the tokens toks[i:j] that is a known
// given name, of the English lists or the text's language's, or -1.
func (d *Doc) firstGivenName(i, j int) int {
	for k := i; k < j; k++ {
		if w := d.lowerBare(d.Tokens[k]); d.givenName(w) || givenNameWord(w) {
			return k
		}
	}
	return -1
}

// workforceNouns are plural nouns for the people a firm employs, for rule
// workforceOfEmployer.
var workforceNouns = set("workers", "employees", "staff", "staffers", "workforce")

// roleOrPlural reports a role noun or the plural of one ("analyst",
// "analysts").
func roleOrPlural(w string) bool {
	return roleNouns[w] || strings.HasSuffix(w, "s") && roleNouns[strings.TrimSuffix(w, "s")]
}

// roleCompound reports a hyphenated title whose head is a role word
// ("sergeant-at-arms", "lieutenant-governor"): the title, not a first name.
func roleCompound(w string) bool {
	head, _, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	_, hon := honorifics[head]
	return hon || roleNouns[head]
}

// clauseVerbs are the finite auxiliaries and copulas that make the words
// after a name's comma a clause, not an apposition (rule
// appositionClauseVerb).
var clauseVerbs = set("is", "was", "are", "were", "has", "had", "have", "will", "would")

// speakerWord reports (rule titledCommonWord) that the text makes the
// capitalised word w a speaker somewhere: right before or after one of
// speechWords ("Young said", "said Young"), or before a comma and "who"
// ("Brown, who found the car").
func (d *Doc) speakerWord(w string) bool {
	toks := d.Tokens
	for k, t := range toks {
		if !t.Cap || Bare(t.Text) != w {
			continue
		}
		if k+1 < len(toks) && speechWords[d.lower(toks[k+1])] || k > 0 && speechWords[d.lower(toks[k-1])] ||
			k+2 < len(toks) && toks[k+1].Text == "," && d.lower(toks[k+2]) == "who" {
			return true
		}
	}
	return false
}

// roleWordBefore reports a lower-case role noun right before token i, on
// the same line ("choreographer Mara Velling").
func (d *Doc) roleWordBefore(i int) bool {
	return i > 0 && d.Tokens[i-1].Word && !d.Tokens[i-1].Cap && roleNouns[d.lower(d.Tokens[i-1])] &&
		!d.lineBreakBefore(i)
}

// lineBreakBefore reports a line break between token k-1 and token k:
// a role does not run across it onto the next line's name.
func (d *Doc) lineBreakBefore(k int) bool {
	return strings.IndexByte(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start], '\n') >= 0
}

// nounModifierAt reports (rule nounModifier) a lower-case noun at token k
// that modifies the role noun after it: "council leader Mira Osei" holds the
// role "council leader", as "Council leader Mira Osei" does. The word is
// read as a noun when it is of letters alone, no sentence word (stopCaps:
// "said", "the", "former", "new") nor one of notNounModifiers, and has
// none of the endings of adjectives, adverbs, verbs' forms or plurals.
// After a role noun of roleNouns (the English ones; in a text read with
// another language's table, not one of its role nouns too: "zei minister"
// in Dutch), one such noun, then
// the role modifiers before it ("deputy national security adviser").
// Measured with lede extract over the 966 texts of shared/bench/quotes
// (ggt-dev, polnear-dev, polnear-train): 85 roles changed (47 and 38 on
// the md5 halves of the file names), all read: 38 right / 9 wrong and
// 35 right / 3 wrong (wrong: a noun cut from a longer modifier, "estate
// mogul", "show host", or a verb or adjective, "cast actor"); before
// notNounModifiers 107 changed, 18 more wrong ("fellow candidate", "whose
// son"). On the 568 texts of the extract benchmark as trafilatura gives
// them: 7 changed (3 and 4), 6 right.
func (d *Doc) nounModifierAt(k int) bool {
	t := d.Tokens[k]
	if !t.Word || t.Cap || d.lineBreakBefore(k+1) {
		return false
	}
	w := d.lower(t)
	if len(w) < 3 || d.stopCap(w) || notNounModifiers[w] {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	return true
}

// adjectiveEndings end adjectives, adverbs, participles and plurals, not
// the nouns rule nounModifier takes.
var adjectiveEndings = []string{"ed", "ly", "ing", "ous", "ful", "ive", "al", "ic", "ian", "est", "able", "ible", "less", "ish", "s"}

// notNounModifiers are words before a role noun that are no noun and have
// no adjective's ending (rule nounModifier): adjectives ("fellow
// candidate"), relatives and prepositions ("whose son", "via staffer"),
// verbs ("include", "paid", "lost").
var notNounModifiers = set("top", "own", "old", "current", "future", "past", "longtime",
	"incoming", "outgoing", "sole", "joint", "key", "big", "great", "real", "young", "little",
	"fellow", "whose", "via", "wherein", "whereby", "down", "up", "out", "off", "away", "back",
	"include", "includes", "paid", "lost", "won", "made", "met", "face", "faces", "became",
	"become", "becomes", "named", "name", "appoint", "elect", "meet", "join", "joins", "than")

// isRoleModifier reports lower-case words that may sit inside a role before a
// role noun ("head coach", "deputy prime minister", "vice-presidential nominee").
func isRoleModifier(w string) bool {
	switch w {
	case "head", "assistant", "deputy", "vice", "former", "senior", "chief", "general", "executive",
		"associate", "interim", "acting", "lead", "campaign", "press", "communications", "policy",
		"national", "political", "foreign", "prime", "presidential", "vice-presidential", "team",
		"democratic", "republican", "longtime", "veteran", "managing", "co", "defence", "defense",
		"health", "finance", "justice", "education", "environment", "public", "state", "city",
		"county", "district", "police", "fire", "party", "opposition", "union", "company", "committee",
		"board":
		return true
	}
	return false
}

// appositions reads roles from "Name, the|a ROLE ...," after a name mention
// and from "her deputy, Name," before it.
func (d *Doc) appositions() {
	for _, r := range append([]ref(nil), d.refs...) {
		if r.Kind == MentionName {
			d.roleBefore(r)
			d.appointedAs(r)
		}
		ti := d.tokenAt(r.End)
		if ti < 0 || ti+2 >= len(d.Tokens) || d.Tokens[ti].Text != "," {
			continue
		}
		k := ti + 1
		w := d.lower(d.Tokens[k])
		if w == "who" {
			d.relativeRole(r, k)
			continue
		}
		if w == "the" || w == "a" || w == "an" {
			k++
		} else if !roleNouns[w] && !isRoleModifier(w) && !modifiers[w] && !d.Tokens[k].Cap {
			// "Reyes, disagreed with the mayor": no apposition.
			continue
		}
		end := k
		words := 0
		hasRole, lowerRole, complement := false, false, false
		for end < len(d.Tokens) {
			if !d.Tokens[end].Word {
				// Rule nameMarkInRole: a plural possessive's apostrophe
				// ("head of the Velmar Growers' Union") or an ampersand
				// between words ("partner at Lund & Berg") is part of the
				// organisation's name, not the role's end. On the 966
				// texts of the quotes benchmark (lede extract, HEAD ->
				// this rule alone): 7 roles added, 1 more to a person's
				// roles, all 8 right.
				if d.nameMarkAt(end) {
					end++
					continue
				}
				break
			}
			// Rule roleOrgComplement: past maxAppositionWords, a role whose
			// head noun has its complement ("director of", "spokesman
			// for") runs on to the end of the organisation's name ("the
			// executive director of the Velmar Association of Rural and
			// Coastal Growers"), if the words at the boundary are that
			// name's ("everyone except Ana Franco" is none). The role noun is
			// in lower case: a capitalised one is a title before a name,
			// and the words after it a list ("Anna Berg, Deputy Chief of
			// Staff Ola Lind and Deputy Chief of Staff Tove Rask"). On
			// the 966 texts of the quotes benchmark (lede extract, HEAD ->
			// this rule alone): 100 roles added, 6 more to a person's
			// roles, 5 people kept for their role; 1 wrong ("reporter for
			// X arrested in Y" runs on past the name).
			if words >= maxAppositionWords && !(complement && words < maxAppositionWords+maxAppositionOrgWords &&
				d.continuesName(end-1) && d.continuesName(end)) {
				break
			}
			lw := d.lowerBare(d.Tokens[end])
			if roleNouns[lw] || appositionRoles[lw] {
				hasRole = true
			}
			if (roleNouns[lw] || appositionRoles[lw]) && !d.Tokens[end].Cap {
				lowerRole = true
			} else if lowerRole && roleComplement[lw] {
				complement = true
			}
			if lw == "who" || lw == "which" || lw == "said" || lw == "says" {
				break
			}
			// Rule appositionClauseVerb: a finite verb in the words after
			// the comma makes them a clause of their own, no role:
			// "after Senator Velma Starr, the party's candidate was asked
			// to leave" (the comma after the name, none after the
			// candidate), "Tom Velm, Jr. was mayor then". Between
			// capitalised words the verb is a title's ("founder of The
			// Sky is Velm"). Breaking at the verb is enough: a role must
			// close on a comma, a full stop, a semicolon or "who" (below),
			// and the verb is none of them.
			inTitle := end > k && d.Tokens[end-1].Cap && end+1 < len(d.Tokens) && d.Tokens[end+1].Cap
			if clauseVerbs[lw] && !d.Tokens[end].Cap && !inTitle {
				break
			}
			end++
			words++
		}
		if !hasRole || end == k || end >= len(d.Tokens) {
			continue
		}
		// "a specialist in heart disease at Halden University who was not
		// involved": a relative clause may close the role as a comma does.
		if p := d.Tokens[end].Text; p != "," && p != "." && p != ";" && !strings.EqualFold(p, "who") {
			continue
		}
		role := d.Text[d.Tokens[k].Start:d.Tokens[end-1].End]
		d.People[r.person].Roles = append(d.People[r.person].Roles, role)
	}
}

// maxAppositionWords bounds the words of a role in apposition ("Name, the
// head of the Velmar Growers Union,"); past it, only rule
// roleOrgComplement runs on, for at most maxAppositionOrgWords more words
// of an organisation's name.
const maxAppositionWords, maxAppositionOrgWords = 8, 8

// roleComplement are the prepositions that join a role noun to the
// organisation it serves (rules roleOrgComplement, roleForOrg,
// roleCommonComplement).
var roleComplement = map[string]bool{"of": true, "for": true, "at": true, "with": true}

// nameLinkers join the capitalised words of an organisation's or a
// place's name ("Institute for Coastal Research in Velmar", "University
// of Velmar at Lund", "Office for Rivers at the Velmar Institute").
var nameLinkers = map[string]bool{"of": true, "and": true, "for": true, "the": true, "in": true, "on": true, "at": true, "de": true}

// continuesName reports whether token i goes on with a capitalised name
// (rule roleOrgComplement): a capitalised word, a number before one
// ("Velmar 2030 Games Committee"), or linker words (at most two) before
// one.
func (d *Doc) continuesName(i int) bool {
	t := d.Tokens[i]
	if t.Cap {
		return true
	}
	next := func(j int) bool { return j < len(d.Tokens) && d.Tokens[j].Word && d.Tokens[j].Cap }
	if r := t.Text[0]; r >= '0' && r <= '9' {
		return next(i + 1)
	}
	if !nameLinkers[t.Text] {
		return false
	}
	return next(i+1) || i+1 < len(d.Tokens) && nameLinkers[d.Tokens[i+1].Text] && next(i+2)
}

// nameMarkAt reports a mark inside an organisation's name at token i (rule
// nameMarkInRole): an apostrophe closing a plural ("Growers'" then a
// space and a word), or an ampersand between two words.
func (d *Doc) nameMarkAt(i int) bool {
	if i == 0 || i+1 >= len(d.Tokens) || !d.Tokens[i-1].Word || !d.Tokens[i+1].Word {
		return false
	}
	prev, t, next := d.Tokens[i-1], d.Tokens[i], d.Tokens[i+1]
	switch t.Text {
	case "'", "’":
		return prev.End == t.Start && next.Start > t.End && strings.HasSuffix(prev.Text, "s")
	case "&":
		return prev.End < t.Start && next.Start > t.End
	}
	return false
}

// relativeRole is rule relativeRole: "Margaret Hollis, who chairs the
// Riverton Access Forum," holds the role "chair of the Riverton Access
// Forum": a relative clause whose verb says what the person leads, and a
// capitalised name after it (the token at k is "who").
func (d *Doc) relativeRole(r ref, k int) {
	if k+2 >= len(d.Tokens) {
		return
	}
	noun, ok := leadVerbs[d.lower(d.Tokens[k+1])]
	if !ok {
		return
	}
	j := k + 2
	if strings.EqualFold(d.Tokens[j].Text, "the") {
		j++
	}
	e := j
	for e < len(d.Tokens) && e < j+maxRoleOrgWords && d.Tokens[e].Word && (d.Tokens[e].Cap || (d.Tokens[e].Text == "of" || d.Tokens[e].Text == "and") && e+1 < len(d.Tokens) && d.Tokens[e+1].Cap) {
		e++
	}
	if e == j || e >= len(d.Tokens) || d.Tokens[e].Text != "," && d.Tokens[e].Text != "." {
		return
	}
	d.People[r.person].Roles = append(d.People[r.person].Roles, noun+" of "+d.Text[d.Tokens[k+2].Start:d.Tokens[e-1].End])
}

// appointedAs is rule appointedAs: business and local news give a role
// by the verb of an appointment, not by an apposition: "has appointed
// Priya Velm as chief executive", "Ola Lind was named finance director
// on Monday", "Ada Marr has been elected as chair of the Velmar Trust".
// In English, after a name mention with an appointment verb right before
// it (then "as") or after it (an auxiliary, the verb, "as" or not), the
// lower-case words that end in a role noun, and an organisation after
// "of" or "at", are the person's role, where a mark or a sentence word
// ends them.
func (d *Doc) appointedAs(r ref) {
	if d.lx != nil {
		return
	}
	toks := d.Tokens
	s, e := d.tokenAt(r.Start), d.tokenAt(r.End)
	if s < 0 || e < 0 || e+2 >= len(toks) {
		return
	}
	k := -1
	switch {
	case s > 0 && appointVerbs[d.lower(toks[s-1])] && d.lower(toks[e]) == "as":
		k = e + 1
	case appointAuxiliaries[d.lower(toks[e])]:
		v := e + 1
		if d.lower(toks[v]) == "been" && v+1 < len(toks) {
			v++
		}
		if !appointVerbs[d.lower(toks[v])] || v+1 >= len(toks) {
			return
		}
		k = v + 1
		if d.lower(toks[k]) == "as" {
			k++
		}
	default:
		return
	}
	if k >= len(toks) {
		return
	}
	if w := d.lower(toks[k]); w == "its" || w == "their" || isArticle(w) {
		k++
	}
	end := k
	// "new" is a sentence word of stopCaps ("New rules") but opens the
	// role here ("as its new manager").
	for end < len(toks) && end < k+maxAppointedRoleWords && toks[end].Word && !toks[end].Cap {
		if w := d.lower(toks[end]); stopCaps[w] && w != "new" {
			break
		}
		end++
	}
	if end == k || end >= len(toks) || !roleNouns[d.lower(toks[end-1])] {
		return
	}
	// "chief executive of the Velmar Trust", "director at Lund & Berg".
	if w := d.lower(toks[end]); (w == "of" || w == "at") && end+1 < len(toks) {
		o := end + 1
		if strings.EqualFold(toks[o].Text, "the") {
			o++
		}
		n := o
		for n < len(toks) && n < o+maxRoleOrgWords && toks[n].Word && toks[n].Cap {
			n++
		}
		if n > o {
			end = n
		}
	}
	if end < len(toks) && toks[end].Word && !appointedRoleEnd[d.lower(toks[end])] {
		return
	}
	if role := d.Text[toks[k].Start:toks[end-1].End]; !hasRole(d.People[r.person], strings.ToLower(role)) {
		d.People[r.person].Roles = append(d.People[r.person].Roles, role)
	}
}

// appointVerbs are the verbs of an appointment (rule appointedAs).
var appointVerbs = set("appointed", "named", "hired", "elected", "promoted", "nominated", "chosen", "chose", "picked", "selected", "re-elected", "reappointed", "confirmed", "installed", "recruited")

// appointAuxiliaries open a passive appointment after a name ("Ola Lind
// was named", "has been appointed"; rule appointedAs).
var appointAuxiliaries = set("was", "has", "had")

// appointedRoleEnd are the words that may follow a role given by rule
// appointedAs: time, place and succession phrases ("as chief executive
// in March", "replacing Tom Velm"), or a clause's "and".
var appointedRoleEnd = set("in", "on", "at", "from", "after", "with", "effective", "replacing", "succeeding", "last", "this", "next", "and", "by", "for", "earlier", "today", "yesterday")

// maxAppointedRoleWords bounds the lower-case words of a role given by
// rule appointedAs ("interim deputy chief executive").
const maxAppointedRoleWords = 4

// leadVerbs are the verbs of leading an organisation a relative clause
// gives a role by, with the role's noun.
var leadVerbs = map[string]string{
	"chairs": "chair", "chaired": "chair", "heads": "head", "headed": "head", "leads": "leader",
	"founded": "founder", "directs": "director", "runs": "head", "manages": "manager", "owns": "owner",
}

// appositionRoles head a role only in an apposition ("Ana Ruiz, the
// council's cabinet member for transport,", "Bo Lind, a specialist in
// heart disease,"): too general to cut a name before them ("Member Tom
// Baker" is rare, "member" after a name rarer still), so not roleNouns.
var appositionRoles = map[string]bool{"member": true, "specialist": true}

// roleBefore reads "the council's finance chief, Omar Reyes," : a phrase
// ending in a role noun, then a comma, then the name.
func (d *Doc) roleBefore(r ref) {
	ti := d.tokenAt(r.Start)
	if ti < 2 || d.Tokens[ti-1].Text != "," {
		return
	}
	end := ti - 1
	k := ti - 2
	if !roleNouns[d.lower(d.Tokens[k])] {
		// Rule roleForOrg: "A spokeswoman for the White House, Janet
		// Morrow,": a role noun and the organisation it serves.
		org := d.roleBeforeOrg(k)
		if org < 0 {
			org = d.roleBeforeCommon(k)
		}
		if org < 0 && d.agentNounBefore(r, k) {
			org = k
		}
		if org < 0 {
			return
		}
		k = org
	}
	roleAt := k
	// Rule langRoleBeforeStop: the words before the role end at a sentence
	// word of the text's language too (its articles and possessives, "su",
	// "son", "il"): '"...", dijo su editor, Ana Velm,' made the role "dijo
	// su editor", the English words alone stopping nothing.
	for k > 0 && k > roleAt-5 && d.Tokens[k-1].Word && !d.Tokens[k-1].Cap {
		w := d.lower(d.Tokens[k-1])
		if w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" || d.stopCap(w) && !isPossessive(w) {
			break
		}
		k--
	}
	k = d.employerBefore(k, roleAt)
	// A possessor before ("the council's"): keep it.
	d.People[r.person].Roles = append(d.People[r.person].Roles, d.Text[d.Tokens[k].Start:d.Tokens[end-1].End])
}

// employerBefore is rule employerBeforeRole: a capitalised name between
// the article and the role of an apposition before a name ("A Velmar
// Council spokesman, Ivo Dorn,", "the Kelby manager, Ola Lind,") says
// whom the person serves, and is part of the role: without it the role
// was the bare noun ("spokesman"), which every other spokesman of the
// text shares. k is the first word of the role read so far; the result
// is the first word of the name when an article or a possessive
// determiner opens it (at most maxRoleOrgWords words, "of" and "and"
// inside), else k: a capitalised word opening the sentence with no
// article may be the sentence's subject run into the role. A capitalised
// role that is a body's word (nonName: "the European Centre, Ola Lind,")
// ends a body's name, no role, and is left as it was.
func (d *Doc) employerBefore(k, roleAt int) int {
	if d.Tokens[roleAt].Cap && nonName[d.lower(d.Tokens[roleAt])] {
		return k
	}
	j := k
	for j > 0 && k-j < maxRoleOrgWords && d.Tokens[j-1].Word && (d.Tokens[j-1].Cap || j < k && (d.Tokens[j-1].Text == "of" || d.Tokens[j-1].Text == "and")) && !appositiveDeterminer(d.lower(d.Tokens[j-1])) {
		j--
	}
	if j == k || j == 0 || !d.Tokens[j].Cap || d.lineBreakBefore(j) {
		return k
	}
	if w := d.lower(d.Tokens[j-1]); !isArticle(w) && !determiners[w] {
		return k
	}
	return j
}

// agentNounBefore is rule agentNounApposition: "The harbormaster, Ed
// Kwan, declined", "said the ferryman, Ola Lind, who": a noun the role
// lists lack, with an agent's ending (-er, -or, -ist, -ian, -man,
// -woman, -eer), after an article that opens the sentence or follows a
// speech verb, before a full name that a comma closes, is the person's
// role. The article's place and the closing comma keep out "After the
// dinner, Ed Kwan said". k is the noun's token, before the name's comma.
// No change on the benchmarks (lede extract over the 966 texts of
// shared/bench/quotes, bench quotes): no such apposition there.
func (d *Doc) agentNounBefore(r ref, k int) bool {
	t := d.Tokens[k]
	if k < 1 || !t.Word || t.Cap || r.Kind != MentionName {
		return false
	}
	// Rule appositiveDeterminer: after a speech verb a full stop closes
	// the name as a comma does ("said a regular customer, Ivan Kell.").
	e := d.tokenAt(r.End)
	if e < 0 || d.Tokens[e].Text != "," && d.Tokens[e].Text != "." {
		return false
	}
	closedByStop := d.Tokens[e].Text == "."
	// Rule appositiveDeterminer: "one" and "another" open the phrase as
	// an article does ("said one shopkeeper, Alf Rigby,", "Another
	// resident, Tom Pike, said"), and at most maxAppositiveModifiers
	// plain lower-case words may stand between it and the noun ("a
	// local teacher, Mary Dunmore,"). lede extract --format json, HEAD
	// 23414e3 -> this: over the 966 quotes-benchmark texts 1 person gained
	// with the role "voter" (md5 half of the file name 0), over the 2,046
	// go-trafilatura texts of the extract pages 1 role added (half 1),
	// both right; lede bench quotes ggt-dev and polnear-dev byte-identical.
	a := k - 1
	for a > 0 && a >= k-maxAppositiveModifiers && d.plainModifier(a) && !appositiveDeterminer(d.lower(d.Tokens[a])) {
		a--
	}
	if !appositiveDeterminer(d.lower(d.Tokens[a])) || d.lineBreakBefore(k) {
		return false
	}
	afterSpeech := a >= 1 && speechWords[d.lower(d.Tokens[a-1])]
	if !afterSpeech && (closedByStop || !d.opensSentence(d.Tokens[a].Start)) {
		return false
	}
	w := d.lower(t)
	// Rule appositiveDeterminer: an everyday trade of occupationNouns
	// ("midwife", "vet") or a vox-pop noun of voxPopNouns ("one
	// neighbour", "a fan") names a person without an agent's ending.
	if occupationNouns[w] || voxPopNouns[w] {
		return true
	}
	if len(w) < 5 || d.stopCap(w) || notAgentNouns[w] {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	for _, e := range agentEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// maxAppositiveModifiers bounds the words between the determiner and the
// noun of rule appositiveDeterminer ("a retired local teacher").
const maxAppositiveModifiers = 2

// voxPopNouns are the short nouns without an agent's ending that news
// puts before the name of someone asked in the street ("said one
// neighbour, Jo Hart,", "One fan, Rory Dunne, 19,"): rule
// appositiveDeterminer.
var voxPopNouns = set("neighbour", "neighbor", "fan", "parent", "pupil", "tourist", "visitor", "patient", "local")

// appositiveDeterminer reports a word that opens the noun phrase of rule
// agentNounApposition: an article, "one" or "another".
func appositiveDeterminer(w string) bool { return isArticle(w) || w == "one" || w == "another" }

// plainModifier reports a lower-case word of letters at token k that is no
// sentence word (stopCaps) and no determiner of its own: an adjective or
// a noun modifying the noun after it ("local", "retired", "school").
func (d *Doc) plainModifier(k int) bool {
	t := d.Tokens[k]
	if !t.Word || t.Cap || d.lineBreakBefore(k+1) {
		return false
	}
	w := d.lower(t)
	if len(w) < 3 || d.stopCap(w) {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// agentEndings end English nouns for a person by what they do or are
// ("harbormaster", "surveyor", "florist", "librarian", "ferryman",
// "auctioneer", "chairwoman"): rule agentNounApposition. "-eer" and
// "-woman" end in "-er" and "-man".
var agentEndings = []string{"er", "or", "ist", "ian", "man"}

// notAgentNouns have an agent's ending (agentEndings) and five letters
// or more, and name no person (rule agentNounApposition): "The latter,
// Ed Kwan," is the second of two.
var notAgentNouns = set("latter", "former", "other", "matter", "number", "order", "letter",
	"paper", "water", "weather", "winter", "summer", "answer", "power", "error", "mirror",
	"floor", "color", "motor", "sector", "factor", "border", "corner",
	"center", "chapter", "quarter", "meter", "theater", "disaster",
	"monitor", "german", "woman")

// roleBeforeOrg returns the index of the role noun of "ROLE for|at|of
// [the] Capitalised Name" ending at token e ("spokeswoman for the White
// House", "analyst at Brookfield Marsh"), or -1. The name runs back at
// most maxRoleOrgWords words.
func (d *Doc) roleBeforeOrg(e int) int {
	k := e
	// Rule nameMarkInRole here too: "A spokeswoman for Lund & Berg, Ana
	// Ruiz," (an ampersand or a plural's apostrophe inside the name). No
	// change on the 966 texts of the quotes benchmark.
	for k > 0 && e-k < maxRoleOrgWords && (d.Tokens[k].Word && (d.Tokens[k].Cap || d.Tokens[k].Text == "of" || d.Tokens[k].Text == "and") || k < e && d.nameMarkAt(k)) {
		k--
	}
	if k == e || !d.Tokens[k+1].Cap {
		return -1
	}
	if strings.EqualFold(d.Tokens[k].Text, "the") && k > 0 {
		k--
	}
	if !roleComplement[d.lower(d.Tokens[k])] {
		return -1
	}
	if k == 0 || !d.Tokens[k-1].Word || d.Tokens[k-1].Cap || !roleNouns[d.lower(d.Tokens[k-1])] {
		return -1
	}
	return k - 1
}

// roleBeforeCommon is rule roleCommonComplement: the index of the role
// noun of "a|an|the ROLE for|of|at|with the|its|... NOUNS" ending at token e
// ("A spokeswoman for the firm, Ana Ruiz,", "the lawyer for the family,
// Ola Lind,"), or -1; roleBeforeOrg reads the capitalised complement. The
// complement is a determiner and at most maxRoleCommonWords words, none a
// sentence word ("a spokesman for the firm declined to comment, Ana Ruiz"
// is no role); the role noun is in lower case after an article (and at
// most two modifiers: "the deputy head of the school"). On the 966 texts of
// the quotes benchmark (lede extract, before -> after): 3 roles added (1
// and 2 on the md5 halves of the file names), all right.
func (d *Doc) roleBeforeCommon(e int) int {
	k := e
	for k > 0 && e-k < maxRoleCommonWords && d.Tokens[k].Word && !d.Tokens[k].Cap && !stopCaps[d.lower(d.Tokens[k])] {
		k--
	}
	if k == e || k < 2 || !d.Tokens[k].Word {
		return -1
	}
	// Rule bareComplement: a portfolio or a field after "for" or "of"
	// takes no article ("the minister for ports, Gerd Halvorsen,", "the
	// head of security, Ola Lind,"): at most maxBareComplementWords words,
	// the role noun after an article as below. No change on the analysis
	// sets (ana-q, ana-m): no such apposition there.
	if w := d.lower(d.Tokens[k]); (w == "for" || w == "of") && e-k <= maxBareComplementWords {
		k++
	} else if k < 3 || !determiners[w] {
		return -1
	}
	k--
	if !d.Tokens[k].Word || !roleComplement[d.lower(d.Tokens[k])] {
		return -1
	}
	role := k - 1
	if !d.Tokens[role].Word || d.Tokens[role].Cap || !roleNouns[d.lower(d.Tokens[role])] {
		return -1
	}
	a := role - 1
	for a > 0 && a > role-3 && d.Tokens[a].Word && isRoleModifier(d.lower(d.Tokens[a])) {
		a--
	}
	if !d.Tokens[a].Word {
		return -1
	}
	// Not a role of a name's own apposition ("Ola Lind, the editor of the
	// town's paper, Velmar Tidning,": the paper holds no role).
	if d.appositionToName(e + 1) {
		return -1
	}
	if isArticle(d.lower(d.Tokens[a])) {
		return role
	}
	return -1
}

// maxBareComplementWords bounds the complement of rule bareComplement
// ("for trade", "of public health").
const maxBareComplementWords = 2

// maxRoleCommonWords bounds the common nouns of rule
// roleCommonComplement's complement ("the firm", "the town's water
// board").
const maxRoleCommonWords = 3

// determiners open the complement of rule roleCommonComplement.
var determiners = set("the", "its", "his", "her", "their", "this", "that")

// maxRoleOrgWords bounds the organisation named after a role before a
// name's comma: "for the Bluebell Hospice Trust" has three capitalised
// words, "of the Harbour City Transit Authority" four.
const maxRoleOrgWords = 5

// NamedSpeaker reports whether the people rules read the text's span
// [start, end), a quote's speaker, as a person's name of two words (rule
// speakerPerson of the analysis asks it of a speaker the people rules
// dropped for want of evidence): a run of capitalised words that nameIn
// keeps whole ("said Carla Velling"), no word of it written in lower
// case elsewhere, and not in the places where a firm, a paper or a survey
// is named: after "by" ("as reported by", "a survey by"), before
// "reported", after a group noun ("the activist group Velmar Eye", "the
// paper, Velmar Courier").
func (d *Doc) NamedSpeaker(start, end int) bool {
	i := d.tokenAt(start)
	if i < 0 || d.Tokens[i].Start != start || i+2 > len(d.Tokens) || d.Tokens[i+1].End != end {
		return false
	}
	j := i + 2
	if i > 0 && d.Tokens[i-1].Word && d.Tokens[i-1].Cap && !d.lineBreakBefore(i) || j < len(d.Tokens) && d.Tokens[j].Word && d.Tokens[j].Cap && !d.lineBreakBefore(j) {
		return false
	}
	if r, ok := d.nameIn(i, j); !ok || r.tokStart != i || r.tokEnd != j {
		return false
	}
	if j < len(d.Tokens) && d.lower(d.Tokens[j]) == "reported" {
		return false
	}
	k := i - 1
	if k >= 0 && d.Tokens[k].Text == "," {
		k--
	}
	if k >= 0 && d.Tokens[k].Word && !d.Tokens[k].Cap {
		if w := d.lower(d.Tokens[k]); w == "by" || groupNouns[w] {
			return false
		}
	}
	d.buildLowerWords()
	for k := i; k < j; k++ {
		if LowerLookup(d.lowerWords, Bare(d.Tokens[k].Text)) {
			return false
		}
	}
	return true
}

// tokenAt returns the index of the first token starting at or after pos.
func (d *Doc) tokenAt(pos int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= pos })
	if i >= len(d.Tokens) {
		return -1
	}
	return i
}

// saidPronounGender votes strongly from "Martell says he", "Kim said that
// she": the pronoun right after a speech verb is its subject's.
func (d *Doc) saidPronounGender() {
	for _, r := range d.refs {
		if r.Kind != MentionName && r.Kind != MentionPartial {
			continue
		}
		t := d.tokenAt(r.End)
		if t < 0 || t+1 >= len(d.Tokens) {
			continue
		}
		switch d.lower(d.Tokens[t]) {
		case "said", "says", "told", "added", "explained", "recalled", "noted", "insisted", "thinks", "believes", "argued", "admitted":
		default:
			continue
		}
		k := t + 1
		if strings.EqualFold(d.Tokens[k].Text, "that") && k+1 < len(d.Tokens) {
			k++
		}
		switch pronouns[d.lower(d.Tokens[k])] {
		case 'm':
			d.People[r.person].votesM += saidVoteWeight
		case 'f':
			d.People[r.person].votesF += saidVoteWeight
		}
	}
}

// kinshipGender votes strongly from a gendered kinship noun right before a
// name ("her father Dariq", "his wife, Ana Ruiz"): the noun says the
// person's gender where no first-name list or pronoun does, so "she" later
// is not taken for the father.
func (d *Doc) kinshipGender() {
	for _, r := range d.refs {
		if r.Kind != MentionName && r.Kind != MentionPartial {
			continue
		}
		// The noun may open the mention ("father Dariq") or stand
		// before it.
		t := d.tokenAt(r.Start)
		if t < 0 {
			continue
		}
		g := kinshipOf(d.Tokens[t].Text)
		if g == 0 {
			t--
			if t >= 0 && d.Tokens[t].Text == "," {
				t--
			}
			if t < 0 {
				continue
			}
			g = kinshipOf(d.Tokens[t].Text)
			if g == 0 && d.lx == nil && !d.Tokens[t].Cap {
				g = LowerLookup(genderedRoles, d.Tokens[t].Text)
			}
		}
		switch g {
		case 'm':
			d.People[r.person].votesM += saidVoteWeight
		case 'f':
			d.People[r.person].votesF += saidVoteWeight
		}
	}
}

// genderedRoles are rule genderedRoleBefore's nouns: a gendered role
// noun in lower case right before a name ("The chairwoman, Velma
// Orrin,", "party spokeswoman Ada Roe") says the person's gender as a
// kinship noun does (kinshipGender): an unlisted given name had none, and
// a later "she said" could go to a man. English only (German "man" is a
// pronoun), and not "man", "woman" or "lady", which open titles and
// shows ("Man Vs. ..."). Feminine nouns only: news writes "spokesman" and
// "chairman" for women too ("party spokesman Ada Roe ... she said"), and
// a man's vote there took her quotes from her.
var genderedRoles = map[string]byte{
	"chairwoman": 'f', "spokeswoman": 'f', "congresswoman": 'f', "businesswoman": 'f',
	"councilwoman": 'f', "actress": 'f', "sportswoman": 'f', "policewoman": 'f',
}

// kinshipOf is kinshipNouns' gender for a token in any case.
func kinshipOf(w string) byte { return LowerLookup(kinshipNouns, w) }

// LowerLookup is m[strings.ToLower(w)] without allocating for a word of
// ASCII letters of up to lowerLookupBuf bytes (it runs on every token or
// name mention); other words fall back to strings.ToLower.
func LowerLookup[V any](m map[string]V, w string) V {
	var buf [lowerLookupBuf]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// lowerLookupBuf is LowerLookup's stack buffer: 32 bytes hold any key of
// the lists it reads; a longer word goes through strings.ToLower.
const lowerLookupBuf = 32

// kinshipNouns maps gendered kinship nouns to the gender they give.
var kinshipNouns = map[string]byte{
	"father": 'm', "son": 'm', "husband": 'm', "brother": 'm', "uncle": 'm', "nephew": 'm',
	"grandfather": 'm', "grandson": 'm', "boyfriend": 'm', "stepfather": 'm', "dad": 'm',
	"mother": 'f', "daughter": 'f', "wife": 'f', "sister": 'f', "aunt": 'f', "niece": 'f',
	"grandmother": 'f', "granddaughter": 'f', "girlfriend": 'f', "stepmother": 'f', "mom": 'f',
	"widow": 'f', "widower": 'm',
}

// opensSentence reports whether byte offset pos opens a sentence: the text
// before it, spaces aside, is empty or ends a paragraph or a sentence.
func (d *Doc) opensSentence(pos int) bool {
	i := pos
	for i > 0 && (d.Text[i-1] == ' ' || d.Text[i-1] == '\t') {
		i--
	}
	if i == 0 || d.Text[i-1] == '\n' {
		return true
	}
	c := d.Text[i-1]
	return c == '.' || c == '?' || c == '!'
}

// saidVoteWeight: a pronoun right after "X said" is nearly always X, worth
// several loose votes. A gendered kinship noun before a name
// (kinshipGender) votes with the same weight, and the same total keeps an
// unlisted name as a person's in dropUnattested.
const saidVoteWeight = 3

// pronounGender votes each person's gender from the he/she pronouns that
// follow their mentions with no other person mentioned in between, within
// pronounWindow bytes.
func (d *Doc) pronounGender() {
	// pronounWindow: about two sentences of news prose.
	const pronounWindow = 300
	ri := 0
	last, prev := -1, -1
	lastEnd, prevEnd := 0, 0
	// lastOpens: the last mention opens its sentence, and no sentence has
	// ended since (its subject, the most salient person in view).
	lastOpens := false
	gapStart := 0 // end of the previous token
	for _, t := range d.Tokens {
		for ri < len(d.refs) && d.refs[ri].Start <= t.Start {
			if d.refs[ri].person != last {
				prev, prevEnd = last, lastEnd
			}
			last, lastEnd = d.refs[ri].person, d.refs[ri].End
			lastOpens = d.opensSentence(d.refs[ri].Start)
			ri++
		}
		// A stop or a paragraph break after the mention ends its sentence.
		if lastOpens && t.Start >= lastEnd && (!t.Word && (t.Text == "." || t.Text == "?" || t.Text == "!") || strings.IndexByte(d.Text[max(gapStart, lastEnd):t.Start], '\n') >= 0) {
			lastOpens = false
		}
		gapStart = t.End
		if !t.Word || last < 0 || t.Start-lastEnd > pronounWindow {
			continue
		}
		// Vote only when one person is in view: with two, the pronoun
		// could be either.
		prevInView := prev >= 0 && t.Start-prevEnd <= pronounWindow
		if prevInView && !lastOpens {
			continue
		}
		g := LowerLookup(pronouns, t.Text)
		if g != 'm' && g != 'f' {
			continue
		}
		// A he or she in the sentence a name opens ("Ana Ruiz was on a
		// trip when she ...") marks the name as a person's, whoever the
		// pronoun means.
		if lastOpens {
			d.People[last].subjectPronoun = true
		}
		if prevInView {
			continue
		}
		if g == 'm' {
			d.People[last].votesM++
		} else {
			d.People[last].votesF++
		}
	}
}

// foreignGivenName is rule foreignGivenName: in a text of no listed
// language (English), a full name opening with a given name of the
// European languages' list ("Petra Lindqvist met the mayor", "hired Jorge
// Falmer") names a person, as the English list's do. Its mention stands
// alone: not after a capitalised word on its line ("Port Pablo Velle", a
// place), nor cut before anything but a space or punctuation (a name
// garbled by a bad encoding: "MuÃÂ±oz"). On the 966 texts of the quotes
// benchmark (lede extract, before -> after): 20 people added (10 and 10
// on the md5 halves of the file names), 19 right, 1 wrong (an adjective
// and a noun); on the 568 texts of the extract benchmark as trafilatura
// gives them, 7 added (3 and 4), all right.
func (d *Doc) foreignGivenName(r ref) bool {
	if d.lx != nil || r.Kind != MentionName {
		return false
	}
	// Two words, or an initial between ("Jan K. Holm"): a longer run is as
	// often a show or a firm named after a person ("Ana Ruiz Designs").
	f := strings.Fields(d.People[r.person].Name)
	if len(f) < 2 || len(f) > 3 || len(f) == 3 && !strings.HasSuffix(f[1], ".") {
		return false
	}
	// Rule shortGivenName: a short form of shortGivenNames ("Ben Tarrow
	// criticised the plan") opens a person's name as a European given
	// name does, under the same guards, and no word of the name glued to
	// the next ("Ben TarrowFlagShare", page labels run together). On the
	// 966 texts of the quotes benchmark (lede extract, before -> after):
	// 79 people added (28 and 51 on the md5 halves of the file names),
	// all read: 28 right and 50 right / 1 wrong (a fictional character);
	// on the 568 texts of the extract benchmark as trafilatura gives them,
	// 7 added (4 and 3), all right. Before the guards (the short forms
	// kept as the long names are): 98 and 31 added, 6 and 3 wrong (words
	// glued together, a name run on into a label).
	// Rules balticGivenNames and centralSouthGivenNames (firstnames.go):
	// a given name of those lists opens a person's name as a European one
	// does.
	lw := strings.ToLower(f[0])
	if _, ok := europeanFirstNames[lw]; !ok && !regionalGivenName(lw) {
		if shortGivenNames[lw] == 0 || gluedWord(f[len(f)-1]) {
			return false
		}
	}
	if k := d.tokenAt(r.Start); k > 0 && d.Tokens[k-1].Word && d.Tokens[k-1].Cap && !d.lineBreakBefore(k) {
		return false
	}
	return !d.cutAt(r.End)
}

// cutAt reports a word cut at byte offset pos: a rune there that is
// neither a space nor punctuation, as a bad encoding leaves inside a
// name ("MuÃÂ±oz" read as "Mu"); rules foreignGivenName and titleAbbrev.
func (d *Doc) cutAt(pos int) bool {
	c, n := utf8.DecodeRuneInString(d.Text[pos:])
	return n > 0 && !unicode.IsSpace(c) && !unicode.IsPunct(c)
}

// gluedWord reports a capitalised word with a capital after four or more
// lower-case letters ("TarrowFlagShare"): two words run together, not a
// surname with a capital inside ("McNeil", "DeVore", "MacArthur").
func gluedWord(w string) bool {
	low := 0
	for i, c := range w {
		if i > 0 && unicode.IsUpper(c) && low >= 4 {
			return true
		}
		if unicode.IsLower(c) {
			low++
		} else {
			low = 0
		}
	}
	return false
}

// titleAbbrev is rule titleAbbrev: "Sen." and "Rep.", abbreviated titles
// that are sentence words too (stopCaps: "Sen" and "Rep" alone open no
// name), title the name after them like the other honorifics ("Sen. Ana
// Ruiz said", "said Rep. Ana Ruiz (D-Velm.)") rather than being dropped
// from the run's front with the sentence words. Not before a word cut
// by a bad encoding ("Rep. MuÃÂ±oz": the word after is no name). On the
// 966 texts of the quotes benchmark (lede extract, before -> after): 76
// people added (44 and 32 on the md5 halves of the file names), all
// right; 362 roles added and 31 people with one more role (the title,
// alone or with its modifiers: "Sen.", "Republican Sen."), each written
// before the person's surname in the text.
func (d *Doc) titleAbbrev(k int) bool {
	t := d.Tokens[k]
	if !strings.HasSuffix(t.Text, ".") || k+1 >= len(d.Tokens) || !d.Tokens[k+1].Cap {
		return false
	}
	if d.cutAt(d.Tokens[k+1].End) {
		return false
	}
	_, hon := d.honorific(d.lowerBare(t))
	return hon
}

// determinedBefore reports whether the lower-case noun at token k is in
// a phrase opened by "the" or "its", at most three lower-case words
// before it (rule orgKindBefore, English).
func (d *Doc) determinedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := d.Tokens[j]
		if !t.Word || d.lineBreakBefore(j+1) {
			return false
		}
		switch d.lower(t) {
		case "the", "its":
			return true
		}
		if t.Cap {
			return false
		}
	}
	return false
}

// generationWords name a generation after "Gen" (rule generationLabel).
var generationWords = set("x", "y", "z", "alpha", "beta", "xers", "zers", "z's", "z’s", "x'ers", "xer", "zer")

// germanArticles are German's definite and indefinite articles, lower
// case (rule articleRoleComplement).
var germanArticles = set("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines")

// complementEnd reports whether toks[j] ends a role's complement for rule
// particleComplementEnd: the text's or the line's end, punctuation but a
// comma or a colon, or a conjunction.
func (d *Doc) complementEnd(j int) bool {
	toks := d.Tokens
	if j >= len(toks) || d.lineBreakBefore(j) {
		return true
	}
	t := toks[j]
	if !t.Word {
		// A comma may open an apposition, a colon a quotation, after a
		// person as after a body ("sagte Bundespräsident von Velmsee:").
		return t.Text != "," && t.Text != ":"
	}
	switch d.lower(t) {
	case "und", "oder", "sowie":
		return true
	}
	return false
}

// particleGivenName reports whether the text writes w after a particle
// and a given name ("Klaus von Velmsee"): rule particleGivenName, a person
// the text names in full, whose title with the particle and surname
// stays a mention of theirs.
//
// The words are gathered in one pass over the text on the first call
// (particleGiven), not by a scan of the whole text per run asked about.
func (d *Doc) particleGivenName(w string) bool {
	if d.particleGiven == nil {
		d.particleGiven = map[string]bool{}
		toks := d.Tokens
		for k := 2; k < len(toks); k++ {
			if toks[k-1].Word && !toks[k-1].Cap && d.lx.particles[d.lower(toks[k-1])] &&
				toks[k-2].Word && toks[k-2].Cap && d.givenName(d.lowerBare(toks[k-2])) {
				d.particleGiven[toks[k].Text] = true
			}
		}
	}
	return d.particleGiven[w]
}

// groupKindWords end groups' names that nonName leaves out (as a person's
// name may hold them), for rule groupBeforeRole.
var groupKindWords = set("alliance", "coalition")
