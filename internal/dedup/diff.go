package dedup

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/segment"
)

// Changes is what a copy changed from its source.
type Changes struct {
	// Headline is set when the copy ran under a different headline.
	Headline *Change `json:"headline,omitempty"`
	// Added are the copy's paragraphs with no counterpart in the source
	// (bylines, boilerplate, local angles).
	Added []string `json:"added_paragraphs,omitempty"`
	// Removed are the source's paragraphs the copy left out (cuts).
	Removed []string `json:"removed_paragraphs,omitempty"`
	// Sentences are sentences the copy reworded, source first.
	Sentences []Change `json:"changed_sentences,omitempty"`
	// Quotes are quotations the copy worded differently, source first.
	Quotes []Change `json:"changed_quotes,omitempty"`
}

// Change is one piece of text in the source and in the copy.
type Change struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Diff marks the words removed [-like this-] and added {+like this+}.
	Diff string `json:"diff"`
}

// Empty reports whether the copy is verbatim.
func (c Changes) Empty() bool {
	return c.Headline == nil && len(c.Added) == 0 && len(c.Removed) == 0 && len(c.Sentences) == 0 && len(c.Quotes) == 0
}

// Similarity thresholds for pairing a copy's paragraphs and sentences with
// the source's: word-set Jaccard, chosen so that a paragraph with two or
// three words edited ("center" -> "centre", a name spelled out) still pairs
// while a different paragraph on the same subject does not.
const (
	pairParagraph = 0.5
	pairSentence  = 0.5
)

// Diff describes what copy changed from source.
func Diff(srcTitle, srcText, copyTitle, copyText string) Changes {
	var ch Changes
	st, ct := norm(srcTitle), norm(copyTitle)
	if st != ct && !untitled(st, ct) {
		ch.Headline = &Change{From: srcTitle, To: copyTitle, Diff: WordDiff(srcTitle, copyTitle)}
	}
	sp, cp := Paragraphs(srcText), Paragraphs(copyText)
	pairs, onlySrc, onlyCopy := align(sp, cp, pairParagraph)
	pairs, onlySrc, onlyCopy = pairKept(sp, cp, pairs, onlySrc, onlyCopy)
	for _, i := range onlySrc {
		if !headlineInBody(sp[i], ct) {
			ch.Removed = append(ch.Removed, sp[i])
		}
	}
	for _, j := range onlyCopy {
		if !headlineInBody(cp[j], st) {
			ch.Added = append(ch.Added, cp[j])
		}
	}
	for _, p := range pairs {
		a, b := sp[p[0]], cp[p[1]]
		if norm(a) == norm(b) {
			continue
		}
		ch.Sentences = append(ch.Sentences, sentenceChanges(Sentences(a), Sentences(b))...)
	}
	ch.dropMoved(sp, cp)
	sq, cq := Quotations(srcText), Quotations(copyText)
	qPairs, _, _ := align(sq, cq, pairSentence)
	for _, q := range qPairs {
		x, y := sq[q[0]], cq[q[1]]
		if norm(x) != norm(y) {
			ch.Quotes = append(ch.Quotes, Change{From: x, To: y, Diff: WordDiff(x, y)})
		}
	}
	return ch
}

// dropMoved is rule moved-sentences: a sentence that is in the other
// text, verbatim, in another paragraph, was not added or cut: the copy
// broke its paragraphs elsewhere (one paragraph split in two, two
// joined, as an outlet's editing system does). A copy that only moved a
// paragraph break was listed as adding the sentence after the break and
// cutting the paragraph it joined to another, its text unchanged. A
// paragraph is dropped from Added or Removed when all its sentences are
// in the other text, and keeps only its other sentences when some are;
// a sentence change is dropped when it only adds or only cuts such a
// sentence.
func (c *Changes) dropMoved(sp, cp []string) {
	moved := func(s string, in map[string]bool) bool { return in[norm(s)] }
	if len(c.Added) == 0 && len(c.Removed) == 0 && !slices.ContainsFunc(c.Sentences, func(x Change) bool { return x.From == "" || x.To == "" }) {
		return
	}
	inSrc, inCopy := sentenceSet(sp), sentenceSet(cp)
	// rest is each of ps less its sentences in the other text.
	rest := func(ps []string, in map[string]bool) []string {
		var out []string
		for _, p := range ps {
			ss := titledSentences(p)
			left := slices.DeleteFunc(slices.Clone(ss), func(s string) bool { return moved(s, in) })
			switch {
			case len(left) == len(ss):
				out = append(out, p)
			case len(left) > 0:
				sep := " " // none in text written without spaces
				if segment.Has(p) {
					sep = ""
				}
				out = append(out, strings.Join(left, sep))
			}
		}
		return out
	}
	c.Added, c.Removed = rest(c.Added, inSrc), rest(c.Removed, inCopy)
	c.Sentences = slices.DeleteFunc(c.Sentences, func(x Change) bool {
		return x.From == "" && moved(x.To, inSrc) || x.To == "" && moved(x.From, inCopy)
	})
}

// titledSentences are p's Sentences, a piece that ends in a short
// title-case word and its point ("Mr.", "Dr.", "Gen.") joined to the
// next: Sentences cuts after a title, and rule moved-sentences found
// "For his first state visit, Mr." in a copy that reworded the rest, and
// listed the source's paragraph as cut from "Trump hosted" on. A sentence
// that really ends in such a word ("said Tom.") is joined to its next
// and merely found moved less often.
func titledSentences(p string) []string {
	ss := Sentences(p)
	out := ss[:0:0]
	for i := 0; i < len(ss); i++ {
		s := ss[i]
		for i+1 < len(ss) && endsInTitle(s) {
			i++
			s += " " + ss[i]
		}
		out = append(out, s)
	}
	return out
}

// endsInTitle reports a sentence whose last word is a point after one
// capital and at most two small letters ("Mr.", "Mrs.", "Dr.").
func endsInTitle(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w, ok := strings.CutSuffix(f[len(f)-1], ".")
	if !ok || w == "" || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return strings.Trim(w[1:], "abcdefghijklmnopqrstuvwxyz") == ""
}

// sentenceSet is the set of the normal forms of the paragraphs' sentences.
func sentenceSet(paras []string) map[string]bool {
	set := map[string]bool{}
	for _, p := range paras {
		for _, s := range titledSentences(p) {
			if n := norm(s); n != "" {
				set[n] = true
			}
		}
	}
	return set
}

// untitled is rule untitled-copy: a member with no headline (a plain text
// whose extractor found none, saved as "(no title)") did not drop or
// write one; the other member's headline against nothing read as a
// headline changed to an empty one ("[-Two trams collide-] {++}").
// The titles are given in their normal form (norm).
func untitled(srcTitle, copyTitle string) bool {
	return srcTitle == "" || copyTitle == ""
}

// headlineInBody is rule headline-in-body: a paragraph that is the other
// member's headline, word for word, is that headline left in the body by
// the extractor of a plain text (a page's headline line above its first
// paragraph), not a paragraph added or cut: the copy listed its source's
// headline as its own addition.
// otherTitle is given in its normal form (norm).
func headlineInBody(para, otherTitle string) bool {
	return otherTitle != "" && norm(para) == otherTitle
}

// SentencesApart are the changed sentences the text views (lede story,
// lede copies) list as such. Rule quote-in-sentence: a sentence whose
// only change is a quotation changed inside it is shown by that
// quotation's line ("quote changed", the change a reader most needs to
// see); listed as reworded too, one edit read as two. The JSON keeps
// every change.
func (c Changes) SentencesApart() []Change {
	var out []Change
	for _, s := range c.Sentences {
		if s.From == "" || s.To == "" || !slices.ContainsFunc(c.Quotes, func(q Change) bool {
			return q.From != "" && strings.Contains(s.From, q.From) && strings.Replace(s.From, q.From, q.To, 1) == s.To
		}) {
			out = append(out, s)
		}
	}
	return out
}

// HeadlineDiff is how the text views (lede story, lede copies) show a
// copy's new headline. Rule new-headline: a headline that shares too few
// words with its source's to pair as a reworded sentence would
// (pairSentence) is a new headline, shown whole: the source's struck, the
// copy's added. Diffed word by word (h.Diff, which the JSON
// keeps), a rewritten headline read as a scatter of struck and added
// scraps around the two or three words that happened to recur
// ("[-Ferry-] {+Strait+} operator [-cuts-] ...").
func HeadlineDiff(h Change) string {
	if jaccard(wordSet(h.From), wordSet(h.To)) < pairSentence {
		return "[-" + h.From + "-] {+" + h.To + "+}"
	}
	return h.Diff
}

// sentenceChanges lists what changed between the sentences of a source
// paragraph and of its copy, in the copy's order. Rule rewritten-sentence:
// a sentence of the copy paired with none of the source's (too different
// to pair, pairSentence) replaces the next such sentence of the source, or
// is an addition when none is left; the source's left over are removals.
// Without the rule they were dropped, and a copy whose first sentence was
// rewritten read as verbatim (TestDiffRewrittenLead).
func sentenceChanges(ss, cs []string) []Change {
	sPairs, onlyS, _ := align(ss, cs, pairSentence)
	from := make([]int, len(cs))
	for j := range from {
		from[j] = -1
	}
	for _, q := range sPairs {
		from[q[1]] = q[0]
	}
	var out []Change
	for j, y := range cs {
		if i := from[j]; i >= 0 {
			if x := ss[i]; norm(x) != norm(y) {
				out = append(out, Change{From: x, To: y, Diff: WordDiff(x, y)})
			}
			continue
		}
		if len(onlyS) > 0 {
			x := ss[onlyS[0]]
			onlyS = onlyS[1:]
			sep := " " // none in text written without spaces
			if segment.Has(x) || segment.Has(y) {
				sep = ""
			}
			out = append(out, Change{From: x, To: y, Diff: "[-" + x + "-]" + sep + "{+" + y + "+}"})
			continue
		}
		out = append(out, Change{To: y, Diff: "{+" + y + "+}"})
	}
	for _, i := range onlyS {
		out = append(out, Change{From: ss[i], Diff: "[-" + ss[i] + "-]"})
	}
	return out
}

// pairKept pairs, among the paragraphs align left over, a source
// paragraph with a copy paragraph that keeps one of its sentences
// verbatim, the most such sentences first. Rule kept-sentence: a short
// copy is often one paragraph, and with its first sentence rewritten it
// shared too few words with its source's to pair (pairParagraph); the
// whole text then showed as removed and added instead of one sentence
// changed (TestDiffRewrittenLead). The pairs stay in the copy's order.
func pairKept(sp, cp []string, pairs [][2]int, onlySrc, onlyCopy []int) ([][2]int, []int, []int) {
	if len(onlySrc) == 0 || len(onlyCopy) == 0 || len(onlySrc)*len(onlyCopy) > maxKeptPairs {
		return pairs, onlySrc, onlyCopy
	}
	// The leftover source paragraphs holding each sentence, by its normal
	// form: positions in onlySrc, ascending, each once. A copy paragraph
	// then counts its sentences kept in each by looking its own up, not by
	// comparing its set with every source paragraph's (that loop was a
	// third of pairKept's CPU on BenchmarkDiffRandom).
	holders := map[string][]int{}
	for k, i := range onlySrc {
		for _, s := range Sentences(sp[i]) {
			if n := norm(s); n != "" {
				if h := holders[n]; len(h) == 0 || h[len(h)-1] != k {
					holders[n] = append(h, k)
				}
			}
		}
	}
	used := make([]bool, len(onlySrc))
	kept := make([]int, len(onlySrc)) // the copy paragraph's sentences each holds
	counted := map[string]bool{}      // the copy paragraph's sentences counted
	var leftCopy []int
	for _, j := range onlyCopy {
		clear(kept)
		clear(counted)
		for _, s := range Sentences(cp[j]) {
			if n := norm(s); n != "" && !counted[n] {
				counted[n] = true
				for _, k := range holders[n] {
					kept[k]++
				}
			}
		}
		best, bestN := -1, 0
		for k, n := range kept {
			if !used[k] && n > bestN {
				best, bestN = k, n
			}
		}
		if best < 0 {
			leftCopy = append(leftCopy, j)
			continue
		}
		used[best] = true
		pairs = append(pairs, [2]int{onlySrc[best], j})
	}
	var leftSrc []int
	for k, i := range onlySrc {
		if !used[k] {
			leftSrc = append(leftSrc, i)
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int { return a[1] - b[1] })
	return pairs, leftSrc, leftCopy
}

// maxKeptPairs bounds the pairs of leftover paragraphs pairKept compares
// (it splits each into sentences): a copy leaves a few paragraphs over,
// not hundreds. pairKept is 11% of Diff's CPU on unrelated texts, where
// nearly every paragraph is left over (go test ./internal/dedup -run '^$'
// -bench DiffRandom -benchtime 20x -cpuprofile cpu.prof, then go tool
// pprof -top).
const maxKeptPairs = 100 * 100

// Paragraphs splits text into its non-empty lines, trimmed. Paragraphs are
// separated by blank lines in Article.Text, but texts from elsewhere break
// paragraphs and subheadings with single newlines, and a copy may do it
// one way and its source the other.
func Paragraphs(text string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// sentenceEnd finds the end of a sentence: terminal punctuation, closing
// quotes, then white space and a capital, digit or opening quote, or a
// letter of a script without capitals ("The mayor agreed. 工程何时开始？").
// The quotes are also those German and French write (rule
// european-marks: „…“ and « … », a non-breaking space inside the
// guillemets): without them a German paragraph of two quoted sentences
// was one sentence, and a copy that changed one word of the first was
// shown rewording both.
var sentenceEnd = regexp.MustCompile(`[.!?](?:[` + closingMarks + `]|[ \x{00A0}\x{202F}]»)*\s+(?:["“‘„(]|«[\s\x{00A0}\x{202F}]?)?[\p{Lu}\d\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]`)

// closingMarks may follow a sentence's end inside the sentence (in
// sentenceEnd and closingAt); so may a French closing guillemet after its
// space.
const closingMarks = `"'”’“»)`

// closingAt returns the length of the closing mark at the start of s, or 0:
// one of closingMarks, or a space (plain, non-breaking or narrow) and ».
func closingAt(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(closingMarks, r) {
		return n
	}
	if r == ' ' || r == '\u00a0' || r == '\u202f' {
		if strings.HasPrefix(s[n:], "»") {
			return n + len("»")
		}
	}
	return 0
}

// Sentences splits a paragraph into sentences. It is a light splitter for
// diffing: an abbreviation ("Mr. Smith") may split a sentence, which only
// makes a diff finer.
func Sentences(p string) []string {
	var out []string
	ends := endFinder{re: sentenceEnd, s: p, first: ".!?"}
	cjkEnds := endFinder{re: cjkSentenceEnd, s: p, first: cjkSentencePunct}
	letterEnds := endFinder{re: letterSentenceEnd, s: p, done: !segment.Has(p)}
	pos := 0 // p[pos:] is left to split
	for {
		cut := -1
		if loc := ends.at(pos); loc != nil {
			// cut after the punctuation and quotes, before the white space
			cut = loc[0] + 1
			for n := closingAt(p[cut:]); n > 0; n = closingAt(p[cut:]) {
				cut += n
			}
		}
		if loc := cjkEnds.at(pos); loc != nil && (cut < 0 || loc[1] < cut) {
			cut = loc[1]
		}
		if loc := letterEnds.at(pos); loc != nil && (cut < 0 || loc[0] < cut) {
			_, n := utf8.DecodeRuneInString(p[loc[0]:])
			cut = loc[0] + n
		}
		if cut < 0 {
			break
		}
		if s := strings.TrimSpace(p[pos:cut]); s != "" {
			out = append(out, s)
		}
		pos = cut
	}
	if s := strings.TrimSpace(p[pos:]); s != "" {
		out = append(out, s)
	}
	return out
}

// endFinder finds the first match of re in s at or after a position,
// looking again only once the position has passed the match found before:
// none of the sentence-end patterns looks behind its start, so that match
// is still the first. Looked for anew at each cut, a paragraph with many
// ends of one kind and none of another was scanned to its end once per
// sentence, quadratic: a Chinese or Thai paragraph of 3,000 sentences
// took seconds (TestSentencesLinear). When first is set, a match opens
// with one of its characters, and the pattern is tried from the next of
// them only: regexp has no such shortcut for a class, and tried at every
// byte it cost half of Sentences (BenchmarkDiffRandom).
type endFinder struct {
	re    *regexp.Regexp
	s     string
	first string // the characters a match opens with; "" for any
	loc   []int  // the match found last, in s; nil before the first look
	done  bool   // no match is left at or after the last position looked from
}

// at returns the bounds in s of the first match starting at or after pos,
// or nil. Positions never go back.
func (f *endFinder) at(pos int) []int {
	if f.done {
		return nil
	}
	if f.loc != nil && f.loc[0] >= pos {
		return f.loc
	}
	if f.first != "" {
		i := strings.IndexAny(f.s[pos:], f.first)
		if i < 0 {
			f.done, f.loc = true, nil
			return nil
		}
		pos += i
	}
	loc := f.re.FindStringIndex(f.s[pos:])
	if loc == nil {
		f.done, f.loc = true, nil
		return nil
	}
	f.loc = []int{pos + loc[0], pos + loc[1]}
	return f.loc
}

// cjkSentencePunct are the full-width full stop, exclamation and question
// marks of Chinese and Japanese: they end a sentence with no space after
// it (。 then the next sentence at once), so sentenceEnd never saw them
// and a whole paragraph was one sentence.
const cjkSentencePunct = "。！？"

// cjkSentenceEnd finds such an end with the closing quotes or brackets
// that follow it.
var cjkSentenceEnd = regexp.MustCompile(`[。！？]["'”’)）」』]*`)

// letterSentenceEnd: rule letter-sentences. Thai, Lao, Khmer and Myanmar
// end a sentence (or a clause) with a space and no stop: a space between
// two of their letters ends one. Without the rule a Thai paragraph was one
// sentence, and a copy with its first sentence rewritten showed as that
// whole paragraph diffed letter by letter (TestDiffRewrittenLead). A space
// after the abbreviation sign (ฯ, ຯ: ผู้ว่าฯ, "the governor") or the
// repetition sign (ๆ, ໆ, ៗ: ต่างๆ, "various") ends nothing: those signs
// close a word, not a sentence (TestDiffEdges).
var letterSentenceEnd = regexp.MustCompile(`[\x{0E01}-\x{0E2E}\x{0E30}-\x{0E45}\x{0E47}-\x{0E7F}\x{0E80}-\x{0EAE}\x{0EB0}-\x{0EC5}\x{0EC7}-\x{0EFF}\x{1780}-\x{17D6}\x{17D8}-\x{17FF}\p{Myanmar}]\s+[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]`)

// quoteRe finds text between double quotation marks, straight or curly,
// or German („…“) or French (« … ») ones (rule european-marks: a copy
// that changed a word of a German or French quotation listed no changed
// quote). Each alternative has its own group; at one position the first
// that matches wins, so the “ closing a German quotation is never taken
// for an English opening mark.
var quoteRe = regexp.MustCompile(`["“]([^"“”\n]{8,}?)["”]|„([^„“”\n]{8,}?)[“”]|«([^«»\n]{8,}?)»`)

// Quotations returns the direct quotations in text (between double
// quotation marks), for diffing copies; the analysis stage gives richer
// quotes with speakers. A quotation loses the space inside its marks and
// the comma, colon or semicolon that ended it there ("A," she said): they
// are the attribution's punctuation, not the speaker's words.
func Quotations(text string) []string {
	var out []string
	for _, m := range quoteRe.FindAllStringSubmatch(text, -1) {
		q := m[1] + m[2] + m[3] // one group matched
		out = append(out, strings.TrimRight(strings.TrimSpace(strings.Trim(q, "\u00a0\u202f")), ",;:"))
	}
	if strings.Contains(text, "「") {
		for _, m := range cornerQuoteRe.FindAllStringSubmatch(text, -1) {
			out = append(out, strings.TrimSpace(m[1]))
		}
	}
	return out
}

// cornerQuoteRe finds text between the corner brackets Japanese (and
// Chinese written in traditional characters) quote with: 「…」. Four
// characters are already a sentence there (「反対です」).
var cornerQuoteRe = regexp.MustCompile(`「([^「」\n]{4,}?)」`)

// norm reduces text to its lower-cased words, for equality up to
// punctuation and spacing.
func norm(s string) string {
	var b strings.Builder
	Words(s, func(w []byte) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(w)
	})
	return b.String()
}

// wordSet is the set of words align compares. Rule letter-grams: in
// scripts whose units are letters (see LetterShingle) its members are runs
// of letterGram letters, about a word, instead of single letters: two
// unrelated Thai paragraphs, drawn from one alphabet of some fifty
// letters, shared half their letters and were paired, then diffed letter
// by letter (TestDiffLetters). A run of fewer letters is one member.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	var run [letterGram][]byte
	n := 0 // letters in the current run
	Words(s, func(w []byte) {
		if !(w[0] == 0xE0 || w[0] == 0xE1) || !letterUnit(w) {
			if 0 < n && n < letterGram {
				m[string(slices.Concat(run[:n]...))] = true
			}
			n = 0
			m[string(w)] = true
			return
		}
		if n < letterGram {
			run[n] = slices.Clone(w)
		} else {
			copy(run[:], run[1:])
			run[letterGram-1] = slices.Clone(w)
		}
		n++
		if n >= letterGram {
			m[string(slices.Concat(run[:]...))] = true
		}
	})
	if 0 < n && n < letterGram {
		m[string(slices.Concat(run[:n]...))] = true
	}
	return m
}

// letterGram is the letters of a member of wordSet in scripts whose units
// are letters: LetterShingle/ShingleSize, the letters of a word as
// LetterShingle counts them.
const letterGram = LetterShingle / ShingleSize

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// align pairs items of a with items of b: equal ones first, then greedily
// the most similar pair above min, each item used once. It returns the
// pairs in b's order and the indexes left over on each side.
func align(a, b []string, minSim float64) (pairs [][2]int, onlyA, onlyB []int) {
	usedA := make([]bool, len(a))
	pairOf := make([]int, len(b))
	na := make([]string, len(a))
	for i := range a {
		na[i] = norm(a[i])
	}
	// Equal items by their normal form, each a's indexes ascending: the
	// first unused equal one pairs.
	byNorm := map[string][]int{}
	for i := range a {
		byNorm[na[i]] = append(byNorm[na[i]], i)
	}
	for j := range b {
		pairOf[j] = -1
		nb := norm(b[j])
		if is := byNorm[nb]; len(is) > 0 {
			usedA[is[0]], pairOf[j] = true, is[0]
			byNorm[nb] = is[1:]
		}
	}
	// The similarity pass compares every pair; past maxAlignPairs the items
	// left over stay unpaired.
	if len(a)*len(b) > maxAlignPairs {
		return alignResult(usedA, pairOf)
	}
	sa := make([]map[string]bool, len(a))
	for i := range a {
		sa[i] = wordSet(a[i])
	}
	for j := range b {
		if pairOf[j] >= 0 {
			continue
		}
		sb := wordSet(b[j])
		best, bestSim := -1, minSim
		for i := range a {
			if usedA[i] {
				continue
			}
			if s := jaccard(sa[i], sb); s >= bestSim {
				best, bestSim = i, s
			}
		}
		if best >= 0 {
			usedA[best], pairOf[j] = true, best
		}
	}
	return alignResult(usedA, pairOf)
}

// maxAlignPairs bounds the pairs align compares by similarity: two texts of
// thousands of lines (fuzzing found it) took seconds, quadratic. Articles
// have at most a few hundred paragraphs, and a paragraph a few dozen
// sentences; 500 by 500 is the bound WordDiff uses too.
const maxAlignPairs = 250000

func alignResult(usedA []bool, pairOf []int) (pairs [][2]int, onlyA, onlyB []int) {
	for j, i := range pairOf {
		if i >= 0 {
			pairs = append(pairs, [2]int{i, j})
		} else {
			onlyB = append(onlyB, j)
		}
	}
	for i, u := range usedA {
		if !u {
			onlyA = append(onlyA, i)
		}
	}
	return pairs, onlyA, onlyB
}

// WordDiff shows how b differs from a, word by word: removed words as
// [-...-], added ones as {+...+}, common words as they are in b. Words
// compare without case and punctuation ("work," = "work."), so a diff
// shows changed wording, not changed commas. In text written without
// spaces every character is a word (see package segment), and the diff
// keeps the text unspaced: 数周的[-争议-]{+争论+}。
func WordDiff(a, b string) string {
	x, y := diffWords(a), diffWords(b)
	nx, ny := make([]string, len(x)), make([]string, len(y))
	for i := range x {
		nx[i] = norm(x[i].s)
	}
	for j := range y {
		ny[j] = norm(y[j].s)
	}
	// LCS table; quotes and headlines are short, so O(n*m) is fine, but
	// bound it so a pathological input stays cheap.
	if len(x)*len(y) > 250000 {
		return "[-" + a + "-] {+" + b + "+}"
	}
	l := make([][]int, len(x)+1)
	for i := range l {
		l[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if nx[i] == ny[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	var out []diffWord
	var del, ins []diffWord
	// common: the last word out holds is one both texts share, written
	// cx in a (it is written as in b).
	var common bool
	var cx string
	flush := func() {
		// Rule diff-end-punct: a run removed (added) right after a
		// shared word, where the shared word ends the sentence in one
		// text only, takes the sentence's end with it: "on Tuesday
		// morning." against "on Tuesday." reads "on Tuesday
		// [-morning-].", not "on Tuesday. [-morning.-]" as if the
		// sentence had ended twice.
		endPunct, leadPunct := "", ""
		if common && (len(del) == 0) != (len(ins) == 0) {
			last := &out[len(out)-1]
			run := slices.Concat(del, ins)
			end := run[len(run)-1].s
			if len(del) > 0 {
				if p := trailingPunct(last.s); p != "" && trailingPunct(cx) == "" && trailingPunct(end) == p && len(end) > len(p) {
					last.s, endPunct = last.s[:len(last.s)-len(p)], p
				}
			} else if p := trailingPunct(cx); p != "" && trailingPunct(last.s) == "" && trailingPunct(end) == p && len(end) > len(p) {
				endPunct = p
			}
			if endPunct != "" {
				run[len(run)-1].s = end[:len(end)-len(endPunct)]
				if len(del) > 0 {
					del = run
				} else {
					ins = run
				}
			}
			// Rule diff-lead-punct, the other side of diff-end-punct:
			// a clause cut (added) after a shared word takes the
			// punctuation that word has in one text only, which opened
			// the clause: "estuary, stranding commuters" against
			// "estuary" reads "estuary[-, stranding commuters-]"; it
			// read "estuary [-stranding commuters-]", the comma lost
			// from the diff though the copy cut it too.
			if endPunct == "" {
				if len(del) > 0 {
					if p := trailingPunct(cx); p != "" && trailingPunct(last.s) == "" && len(cx) > len(p) {
						leadPunct = p
					}
				} else if p := trailingPunct(last.s); p != "" && trailingPunct(cx) == "" && len(last.s) > len(p) {
					last.s, leadPunct = last.s[:len(last.s)-len(p)], p
				}
			}
		}
		// mark is a run struck or added: after the punctuation it opens
		// with and glued to the shared word (diff-lead-punct), or
		// followed by the sentence's end (diff-end-punct).
		mark := func(open string, run []diffWord, close string, space bool) diffWord {
			if leadPunct != "" {
				return diffWord{open + leadPunct + " " + joinDiffWords(run) + close, false}
			}
			return diffWord{open + joinDiffWords(run) + close + endPunct, space}
		}
		if len(del) > 0 {
			out = append(out, mark("[-", del, "-]", del[0].space))
			del = nil
		}
		if len(ins) > 0 {
			// Right after a removal, in text without spaces, the
			// insertion follows without one too: [-东-]{+東+}.
			space := ins[0].space && !(len(out) > 0 && strings.HasSuffix(out[len(out)-1].s, "-]") && startsWithUnit(ins[0].s))
			out = append(out, mark("{+", ins, "+}", space))
			ins = nil
		}
		common = false
	}
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && nx[i] == ny[j]:
			flush()
			out = append(out, y[j])
			common, cx = true, x[i].s
			i++
			j++
		case j < len(y) && (i == len(x) || l[i][j+1] >= l[i+1][j]):
			ins = append(ins, y[j])
			j++
		default:
			del = append(del, x[i])
			i++
		}
	}
	flush()
	return joinDiffWords(out)
}

// trailingPunct is the sentence or clause punctuation w ends with
// ("." of "morning."), "" when none (rule diff-end-punct).
func trailingPunct(w string) string {
	return w[len(strings.TrimRight(w, ".,;:!?")):]
}

// diffWord is a word of WordDiff: a field between spaces, or, in text
// written without spaces, one character or a run of other characters;
// space tells whether a space came before it.
type diffWord struct {
	s     string
	space bool
}

// diffWords splits s into its words for WordDiff.
func diffWords(s string) []diffWord {
	var out []diffWord
	for _, f := range strings.Fields(s) {
		if !segment.Has(f) {
			out = append(out, diffWord{f, true})
			continue
		}
		space := true
		for i := 0; i < len(f); {
			r, n := utf8.DecodeRuneInString(f[i:])
			j := i + n
			if segment.IsUnit(r) {
				j = segment.UnitEnd(f, j)
			} else {
				for j < len(f) {
					r, n := utf8.DecodeRuneInString(f[j:])
					if segment.IsUnit(r) {
						break
					}
					j += n
				}
			}
			out = append(out, diffWord{f[i:j], space})
			space = false
			i = j
		}
	}
	return out
}

func startsWithUnit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return segment.IsUnit(r)
}

// joinDiffWords joins words with the spaces that came before them.
func joinDiffWords(ws []diffWord) string {
	var b strings.Builder
	for k, w := range ws {
		if k > 0 && w.space {
			b.WriteByte(' ')
		}
		b.WriteString(w.s)
	}
	return b.String()
}
