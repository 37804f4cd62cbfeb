package claims

import (
	"slices"
	"strings"
	"unicode"
)

// studyNouns are the findings a source publishes: "a Norland Research poll found".
var studyNouns = setOf(`poll polls survey surveys study studies report reports research analysis
census figures data audit review estimate estimates statistics stats count tally
investigation inquiry paper forecast projections projection modelling modeling`)

// pollNouns name a poll even when capitalised at the end of a name.
var pollNouns = setOf(`poll polls survey surveys`)

// findSource returns the source the sentence cites, or "": the name before a
// study noun ("a Norland Research poll for the Courier found" → Norland Research, never the
// commissioner after "for"), a study "by" or "from" a name ("a survey by the
// King's Fund"), the name after "according to", or a known name that is the
// subject or object of a speech verb ("Moss said", "said Moss").
func findSource(text string, toks []token, opts Options) string {
	// Rule 1: NAME poll/survey/study ...
	for k, t := range toks {
		if t.kind != tWord || !studyNouns[t.lower] {
			continue
		}
		// Rule namedStudyNoun: a capitalised study noun inside a sentence
		// ends a name ("the Office for National Statistics said", "the
		// Bureau of Labor Statistics"), it is no study the words before it
		// made ("National", "Labor").
		// A capitalised "Poll" or "Survey" still follows its maker ("a
		// CNN/ORC International Poll", "the Gallup Poll").
		if k > 0 && isCapWord(t.text) && !pollNouns[t.lower] {
			continue
		}
		if name := nameEndingAt(text, toks, k-1, opts); name != "" && !placeStudy(name, opts) {
			// Rule surveyInName: a capitalised "Survey" after an
			// adjective ending in -al is the body's own name, not a
			// survey it made ("the Ruritanian Geological Survey", "the
			// Borduran National Survey"): the source is the whole name.
			if k > 0 && isCapWord(t.text) && (t.lower == "survey" || t.lower == "surveys") && strings.HasSuffix(toks[k-1].lower, "al") {
				return name + " " + t.text
			}
			return name
		}
		if k+1 < len(toks) && (toks[k+1].lower == "by" || toks[k+1].lower == "from" || toks[k+1].lower == "of") {
			// Rule placeStudy holds here too: "polls from the Velmor
			// primary", "a survey of Harlow" cover the place.
			if name := nameStartingAt(text, toks, k+2, opts); name != "" && !placeStudy(name, opts) && !(toks[k+1].lower == "of" && polledGroupAt(toks, k+2)) {
				return name
			}
			if name := describedName(text, toks, k+2, opts); name != "" {
				return name
			}
		}
		// Rule studyPublisher: the name that publishes the study ("Acme
		// Health published a study on Monday", "the Harlow Institute
		// released its new survey").
		if name := publisherOf(text, toks, k, opts); name != "" {
			return name
		}
		// Rule studyByAside: the maker in an aside after the study noun
		// ("The poll, from the Harlow Institute, also found"); an aside
		// with "by" ("The poll, by the Harlow Institute, ...") is rule
		// 1b's below.
		if k+2 < len(toks) && toks[k+1].text == "," && toks[k+2].lower == "from" {
			if name := nameStartingAt(text, toks, k+3, opts); name != "" {
				return name
			}
		}
		// Rule studyPublishedIn: the journal that published the study
		// ("a study published in Nature", "The study, published in The
		// Lancet, found").
		if m := k + 1; m+2 < len(toks) {
			if toks[m].text == "," {
				m++
			}
			if m+2 < len(toks) && toks[m].lower == "published" && toks[m+1].lower == "in" {
				if name := nameStartingAt(text, toks, m+2, opts); name != "" {
					return name
				}
			}
		}
		// Rule 1b, studyAgent: the study's post-modifier may come first
		// ("a poll of 1,012 adults carried out for the Echo by Norland Research
		// found"): a "by" and a name before the speech verb name who made
		// it.
		for m := k + 2; m+1 < len(toks) && m <= k+maxStudyAgentReach; m++ {
			if toks[m].kind == tWord && toks[m].speech {
				break
			}
			if toks[m].lower == "by" {
				if name := nameStartingAt(text, toks, m+1, opts); name != "" {
					return name
				}
			}
		}
	}
	// Rule 2: according to NAME.
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower == "according" && toks[k+1].lower == "to" {
			m := k + 2
			for m < len(toks) && (toks[m].lower == "a" || toks[m].lower == "an" || toks[m].lower == "the" || toks[m].lower == "new") {
				m++
			}
			if name := nameStartingAt(text, toks, m, opts); name != "" {
				return name
			}
			if name := describedName(text, toks, k+2, opts); name != "" {
				return name
			}
		}
	}
	// Rule unnamedStudy: a study the sentence names without a maker is
	// the source, as the phrase that names it ("A survey of 800
	// residents found that 62% ..." → "a survey of 800 residents";
	// "According to a study published last week, ..." → "a study
	// published last week").
	if src := unnamedStudy(text, toks); src != "" {
		return src
	}
	// Rule 3: a known name next to a speech verb.
	for k, t := range toks {
		if t.kind != tWord || !t.speech || t.lower == "according" {
			continue
		}
		if name, start := knownEndingSpan(text, toks, k-1, opts); name != "" && !countedGroup(toks, start) {
			return name
		}
		// Rule possessiveObject: a name owning what follows the verb
		// ("Two-thirds of insiders said Quist's lead was safe") opens
		// the reported clause, no speaker after the verb ("said Quist").
		// Rule invertedSpeaker: a name after the verb is its speaker
		// when the verb follows a break or a quotation's end ("...,
		// said Quist", "” says Quist") or opens the sentence; after
		// a word the verb has its subject ("Officials say Vale, the
		// driver who ..., held two licences": Vale is the reported
		// clause's subject).
		if name, end := knownStartingSpan(text, toks, k+1, opts); name != "" && !possessiveAt(text, end) && (k == 0 || toks[k-1].kind == tSym) {
			return name
		}
		// Rule appositiveSpeaker: a name in an aside right before the
		// verb ("its chief executive, Maria Lopez, said").
		if k >= 2 && toks[k-1].text == "," {
			if name := knownEndingAt(text, toks, k-2, opts); name != "" {
				return name
			}
		}
	}
	return ""
}

// polledGroupAt is rule polledGroup: a capitalised name after a study
// noun and "of" that goes on with a plural noun ("surveys of Velmor
// Green party voters", "a poll of Velmor members")
// names the people polled, no maker; "an analysis of Census Bureau
// figures" keeps the maker of its figures. k is the token after "of".
func polledGroupAt(toks []token, k int) bool {
	for k < len(toks) && toks[k].lower == "the" {
		k++
	}
	j := k
	for j < len(toks) && toks[j].kind == tWord && isCapWord(toks[j].text) {
		j++
	}
	if j == k {
		return false
	}
	for m := j; m < len(toks) && m < j+maxNounGap && toks[m].kind == tWord && !isCapWord(toks[m].text) && !nounStops[toks[m].lower]; m++ {
		if studyNouns[toks[m].lower] {
			return false
		}
		if peopleNouns[toks[m].lower] || plural(toks[m].lower) && !isSpeechWord(toks[m].lower) {
			return true
		}
	}
	return false
}

// placeStudy is rule placeStudy: the name before a study noun is a place
// the article names, and no known source ("the last 10 Velmshire polls",
// "new Ostland surveys"): the study is of the place, made by someone
// else, and the place had become the figure's source.
func placeStudy(name string, opts Options) bool {
	if _, known := opts.index.name[name]; known {
		return false
	}
	return slices.Contains(opts.Places, name)
}

// maxStudyAgentReach bounds the words between a study noun and the "by"
// naming its maker: "poll of 1,012 adults carried out for the Brackwell
// Echo by" holds ten, the longest of our test articles, with room to spare.
const maxStudyAgentReach = 14

// sourceIndex holds the known source mentions by their text, each with the
// name of the first source that writes it, and the mentions' distinct byte
// lengths, longest first. knownStartingAt and knownEndingAt make one map
// lookup per length instead of comparing every source at every speech verb
// and study noun: the sources grow with the text, so that was quadratic
// (Extract on the 370 KB text of TestExtractManySources: 0.29 s with the
// scans of sourceindex_test.go, 0.04 s indexed; go test, timed).
type sourceIndex struct {
	name    map[string]string
	lengths []int
}

// newSourceIndex indexes the sources' non-empty mentions; where two
// sources write one mention, the first wins, as in the scan it replaced.
func newSourceIndex(sources []Source) sourceIndex {
	idx := sourceIndex{name: make(map[string]string, len(sources))} // sized: grown, it was rebuilt several times an article
	for _, s := range sources {
		if s.Mention == "" {
			continue
		}
		if _, ok := idx.name[s.Mention]; !ok {
			idx.name[s.Mention] = s.Name
			if !slices.Contains(idx.lengths, len(s.Mention)) {
				idx.lengths = append(idx.lengths, len(s.Mention))
			}
		}
	}
	slices.SortFunc(idx.lengths, func(a, b int) int { return b - a })
	return idx
}

// knownStartingAt matches a known source mention starting at toks[k]; the
// longest wins.
func knownStartingAt(text string, toks []token, k int, opts Options) string {
	name, _ := knownStartingSpan(text, toks, k, opts)
	return name
}

// knownStartingSpan is knownStartingAt and where the mention ends in the
// text.
func knownStartingSpan(text string, toks []token, k int, opts Options) (string, int) {
	if k < 0 || k >= len(toks) {
		return "", 0
	}
	idx := opts.index
	start := toks[k].start
	for _, n := range idx.lengths {
		if start+n > len(text) {
			continue
		}
		if name, ok := idx.name[text[start:start+n]]; ok && boundaryAfter(text, start+n) {
			return name, start + n
		}
	}
	return "", 0
}

// possessiveAt reports whether a possessive "'s" starts at text[i:]
// (rule possessiveObject).
func possessiveAt(text string, i int) bool {
	return strings.HasPrefix(text[i:], "'s") || strings.HasPrefix(text[i:], "’s")
}

// knownEndingAt matches a known source mention ending with toks[k]; the
// longest wins.
func knownEndingAt(text string, toks []token, k int, opts Options) string {
	name, _ := knownEndingSpan(text, toks, k, opts)
	return name
}

// knownEndingSpan is knownEndingAt with the byte offset where the mention
// starts.
func knownEndingSpan(text string, toks []token, k int, opts Options) (string, int) {
	if k < 0 || k >= len(toks) {
		return "", 0
	}
	end, ok := mentionEnd(toks, k)
	if !ok {
		return "", 0
	}
	idx := opts.index
	for _, n := range idx.lengths {
		if end-n < 0 {
			continue
		}
		if name, ok := idx.name[text[end-n:end]]; ok && boundaryBefore(text, end-n) {
			return name, end - n
		}
	}
	return "", 0
}

// shareHeads are the words of a share that "of" joins to the group it
// counts: "40 percent of", "a majority of", "half of".
var shareHeads = setOf(`percent cent % majority minority half third thirds quarter quarters fifth fifths tenth tenths most`)

// countedGroup is rule countedGroup: the known mention text[start:end]
// is the group a share counts ("nearly two-thirds of Velmorists say the
// levy is fair", "40% of the Greens think"): the members answered a
// poll, the party states nothing, yet rule 3 made it the source of the
// figure, the mention ending right before the speech verb. An article
// may stand between "of" and the group. A number before "of" is an
// amount, no share ("$20,000 of Rossi's estimated costs").
func countedGroup(toks []token, start int) bool {
	m := 0
	for m < len(toks) && toks[m].start < start {
		m++
	}
	if m == len(toks) || toks[m].start != start {
		return false
	}
	if m > 0 && toks[m-1].lower == "the" {
		m--
	}
	if m < 2 || toks[m-1].lower != "of" {
		return false
	}
	return shareHeads[toks[m-2].lower]
}

// mentionEnd is where a mention ending with toks[k] ends in the text: a
// possessive belongs to the name ("Moss's figures" ends at "Moss"), and a
// lone "s" token (the tail of "Moss’s") ends none.
func mentionEnd(toks []token, k int) (int, bool) {
	end := toks[k].end
	if toks[k].lower == "s" && k > 0 {
		return 0, false
	}
	if l := toks[k].lower; strings.HasSuffix(l, "'s") {
		end -= len(toks[k].text) - strings.LastIndexAny(toks[k].text, "'’")
	}
	return end, true
}

func boundaryBefore(text string, i int) bool {
	return i <= 0 || boundaryAfter(text, i-1)
}

func boundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := text[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
}

// nameEndingAt returns the name that ends with toks[k]: a known source, or
// the capitalised words right before a study noun ("a YouGov poll").
func nameEndingAt(text string, toks []token, k int, opts Options) string {
	if name := knownEndingAt(text, toks, k, opts); name != "" {
		return name
	}
	j := k
	for j >= 0 && toks[j].kind == tWord && isCapWord(toks[j].text) {
		j--
	}
	if j == k || j < 0 && k == 0 && lowerElsewhere(text, toks[0]) {
		return ""
	}
	if j == k-1 && commonModifier(toks[k]) {
		return ""
	}
	return trimName(text[toks[j+1].start:toks[k].end])
}

// commonModifier is rule commonStudyModifier: a single capitalised word
// before a study noun that is a number, a common modifier of studies or
// a nation's adjective ("Exit polls showed", "Two studies claim",
// "Other studies hint", "Industry research shows", "Spanish
// research found") names no maker: its capital is the sentence's or
// the adjective's, and it came out as the source ("Exit"). Rule
// sentenceCapital reads such a word only when the text writes it in
// lower case elsewhere, which "exit" and "Spanish" seldom are.
func commonModifier(t token) bool {
	if _, ok := smallNumbers[t.lower]; ok {
		return true
	}
	if studyModifiers[t.lower] {
		return true
	}
	for _, suf := range demonymEndings {
		if strings.HasSuffix(t.lower, suf) && len(t.lower) > len(suf)+2 {
			return true
		}
	}
	return false
}

// studyModifiers are the common words a capital may open before a study
// noun (rule commonStudyModifier).
var studyModifiers = setOf(`exit opinion straw tracking other others related further additional separate independent
recent new newer latest earlier previous prior early preliminary initial final annual industry personal several
many some most few both`)

// demonymEndings end a nation's adjective ("Spanish", "European",
// "Chinese"): rule commonStudyModifier. "-ian" ends as many names as
// adjectives ("Experian", "Brian").
var demonymEndings = []string{"ish", "ean", "ese"}

// lowerElsewhere is rule sentenceCapital: t, a capitalised word that
// opens its sentence, is a common word when the text writes it in lower
// case elsewhere ("Separate research suggests", "With census forms due",
// "Earlier polls put"): its capital is the sentence's, and it names no
// maker of the study noun after it. A name alone before a study noun
// ("Brackwell data shows") is not written so.
func lowerElsewhere(text string, t token) bool {
	return t.text != t.lower && InRunningText(text, t.lower)
}

// InRunningText reports whether text writes w as a word of running text
// somewhere (runningWord): a name's lower case in an address
// ("https://velmor.example/blog") does not count. Rules sentenceCapital
// here and wordSpeaker in package analysis read a capital so.
func InRunningText(text, w string) bool {
	for i := 0; ; {
		n := strings.Index(text[i:], w)
		if n < 0 {
			return false
		}
		i += n
		if runningWord(text, i, i+len(w)) {
			return true
		}
		i += len(w)
	}
}

// runningWord reports whether text[i:j] is a word of running text: a
// space or the text's start before it, a space, a clause's mark or the
// text's end after it. A name's lower case in an address
// ("https://velmor.example/blog", "info@velmor.example") is none.
func runningWord(text string, i, j int) bool {
	if i > 0 && !unicode.IsSpace(rune(text[i-1])) {
		return false
	}
	if j == len(text) {
		return true
	}
	switch c := text[j]; c {
	case ',', ';', ':', '!', '?', ')':
		return true
	case '.':
		return j+1 == len(text) || unicode.IsSpace(rune(text[j+1]))
	default:
		return unicode.IsSpace(rune(c))
	}
}

// nameStartingAt returns the name that starts at toks[k]: a known source or
// capitalised words ("the King’s Fund").
func nameStartingAt(text string, toks []token, k int, opts Options) string {
	if name := knownStartingAt(text, toks, k, opts); name != "" {
		return name
	}
	for k < len(toks) && toks[k].lower == "the" {
		k++
	}
	j := k
	for j < len(toks) && toks[j].kind == tWord && (isCapWord(toks[j].text) || (j > k && (toks[j].lower == "of" || toks[j].lower == "for") && j+1 < len(toks) && isCapWord(toks[j+1].text))) {
		j++
	}
	if j == k {
		return ""
	}
	return trimName(text[toks[k].start:toks[j-1].end])
}

// describedName is rule describedName: a name that a lower-case
// description introduces ("according to the letting agency Brisk Homes",
// "figures from the trade body Velmar Retail"): "the", at most
// maxDescriptionWords lower-case words, then the name's capitalised
// words. The source was none, or the study noun ("figures"). "" when no
// capitalised word follows that near, or a word of the description is
// no plain word ("the latest figures").
func describedName(text string, toks []token, k int, opts Options) string {
	if k >= len(toks) || toks[k].lower != "the" {
		return ""
	}
	for m := k + 1; m < len(toks) && m <= k+maxDescriptionWords+1; m++ {
		t := toks[m]
		if t.kind != tWord || nounStops[t.lower] || studyNouns[t.lower] {
			return ""
		}
		if isCapWord(t.text) {
			if m == k+1 {
				return ""
			}
			// The name ends the phrase: a capitalised adjective
			// ("the leading Velmaran medical journal") or a name cut at
			// "and" ("the Orrin Centre for Housing and Transport
			// Research") is no name of its own.
			j := m
			for j < len(toks) && toks[j].kind == tWord && (isCapWord(toks[j].text) || (toks[j].lower == "of" || toks[j].lower == "for") && j+1 < len(toks) && isCapWord(toks[j+1].text)) {
				j++
			}
			if n := toks[min(j, len(toks)-1)]; j < len(toks) && n.kind == tWord && !n.speech && !findingVerbs[n.lower] && (!nounStops[n.lower] || n.lower == "and" || n.lower == "or") {
				return "" // "Tarvin Watch found", "Brisk Homes on Monday" end it
			}
			return nameStartingAt(text, toks, m, opts)
		}
	}
	return ""
}

// maxDescriptionWords bounds rule describedName's description: "the
// regional letting agency" holds three.
const maxDescriptionWords = 3

// leadWords open sentences and noun phrases but are no part of a name
// ("A YouGov poll", "New Gallup figures").
var leadWords = setOf(`A An The New Latest Recent Last This That These Its Their Our His Her One Another Official Government`)

// trimName strips leading determiners and a possessive; what is left of a
// name made only of such words is "".
func trimName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	for {
		w, rest, ok := strings.Cut(s, " ")
		// "New York Times", "New Hampshire": "New" opens the name.
		if next, _, _ := strings.Cut(rest, " "); w == "New" && ok && newPlaces[next] {
			break
		}
		// "July's Washington Post poll": the date is no part of it, and
		// a name of dates alone is none ("August data", "Monday's
		// figures").
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if !leadWords[w] && !months[lw] && !weekdays[lw] {
			break
		}
		if !ok {
			return ""
		}
		s = rest
	}
	// A lone letter is the rest of an abbreviation ("U" of "U.S."), no name.
	if len(s) == 1 {
		return ""
	}
	return s
}

// newPlaces follow a "New" that belongs to the name: "New York Times".
var newPlaces = setOf(`York Jersey Hampshire Mexico Zealand Orleans England Delhi South Haven Brunswick Scotland`)

func isCapWord(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' || strings.HasPrefix(w, "É")
}

// maxStudyAdjectives bounds the words between an article and its study
// noun in rule unnamedStudy: "a new national survey" holds two.
const maxStudyAdjectives = 2

// studyPhraseStops end the phrase naming a study before the verb that
// reports its finding ("a survey of 800 residents also found", "a study
// published in May has shown").
var studyPhraseStops = setOf(`also further has have had which that who and but previously recently now`)

// unnamedStudy returns the phrase naming an indefinite study ("a survey
// of 800 residents") that reports a finding or follows "according to",
// in lower case at its start; "" when there is none. The phrase runs from
// its article to the verb of finding or speech (or, after "according
// to", to the first break) and is at most maxStudyAgentReach tokens long.
func unnamedStudy(text string, toks []token) string {
	for k, t := range toks {
		if t.kind != tWord || !studyNouns[t.lower] || k > 0 && isCapWord(t.text) {
			continue
		}
		d := k - 1
		for d >= 0 && k-1-d < maxStudyAdjectives && toks[d].kind == tWord && !isCapWord(toks[d].text) && toks[d].lower != "a" && toks[d].lower != "an" && !nounStops[toks[d].lower] {
			d--
		}
		if d < 0 || toks[d].lower != "a" && toks[d].lower != "an" {
			continue
		}
		according := d >= 2 && toks[d-2].lower == "according" && toks[d-1].lower == "to"
		end := -1 // the phrase is toks[d:end]
		for m := k + 1; m < len(toks) && m <= k+maxStudyAgentReach; m++ {
			w := toks[m]
			if w.kind == tSym && isBreakSym(w.text) {
				if according {
					end = m
				}
				break
			}
			if w.kind != tWord {
				continue
			}
			if findingVerbs[w.lower] || w.speech && !according {
				end = m
				break
			}
			if studyPhraseStops[w.lower] {
				// "a survey of 800 residents also found": the stop word
				// ends the phrase when a finding follows within two words.
				for n := m + 1; n < len(toks) && n <= m+2; n++ {
					if findingVerbs[toks[n].lower] || toks[n].speech {
						end = m
						break
					}
				}
				break
			}
		}
		if end < 0 && according && k+maxStudyAgentReach >= len(toks) {
			// "..., according to a large new study.": to the sentence's
			// end, its closing punctuation left out.
			end = len(toks)
			for end > k+1 && toks[end-1].kind == tSym {
				end--
			}
		}
		if end <= k {
			continue
		}
		phrase := text[toks[d].start:toks[end-1].end]
		return strings.ToLower(phrase[:1]) + phrase[1:]
	}
	return ""
}

// backPronouns and backDeterminers make the subjects that point a finding back at the study
// of the sentence before ("It also found", "The poll also found"): with a
// study noun after "the", "this" or "its", or a pronoun.
var backPronouns = setOf(`it they`)

var backDeterminers = setOf(`the this that its their these those`)

// refersBack reports whether the sentence's finding is stated by a
// pronoun or a definite study ("It also found that ...", "The survey
// showed ...", "The poll, however, suggested"): the subject right before a
// verb of finding or speech, allowing one adverb.
func refersBack(toks []token) bool {
	// The subject is looked for first: it is rarer than a verb.
	for m, t := range toks {
		if t.kind != tWord || !(backPronouns[t.lower] || studyNouns[t.lower] && m > 0 && backDeterminers[toks[m-1].lower]) {
			continue
		}
		k := m + 1
		for k < len(toks) && k <= m+2 && (toks[k].lower == "also" || toks[k].lower == "further" || toks[k].lower == "has" || toks[k].lower == "have" || toks[k].lower == "had") {
			k++
		}
		if k < len(toks) && toks[k].kind == tWord && (findingVerbs[toks[k].lower] || toks[k].speech) {
			return true
		}
	}
	return false
}

// publishVerbs make their subject the maker of a study.
var publishVerbs = setOf(`published publishes publish released releases release commissioned
commissions conducted conducts carried produced produces issued issues unveiled unveils`)

// publisherOf returns the name before a publishing verb whose object is
// the study noun toks[k] ("Acme Health published a new study"), or "".
func publisherOf(text string, toks []token, k int, opts Options) string {
	m := k - 1
	for m >= 0 && k-1-m <= maxStudyAdjectives && toks[m].kind == tWord && !publishVerbs[toks[m].lower] {
		switch toks[m].lower {
		case "a", "an", "its", "their", "the":
			m--
			if m >= 0 && toks[m].lower == "out" { // "carried out a survey"
				m--
			}
			if m >= 1 && publishVerbs[toks[m].lower] {
				return nameEndingAt(text, toks, m-1, opts)
			}
			return ""
		}
		m--
	}
	return ""
}
