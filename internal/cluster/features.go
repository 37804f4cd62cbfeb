package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"

	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/segment"
)

// stopwords are function words and news boilerplate verbs that say nothing
// about which event an article reports. The English weekday names come
// from the lexicon's calendar: "on Tuesday" dates any story. The month
// names stay features, as they always have: a month can set one story's
// coverage apart ("the March primaries"); "may" is listed below as the
// modal verb.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.EnglishWeekdays() {
		m[w] = true
	}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
		"be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
		"do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
		"having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
		"is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
		"off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
		"should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
		"there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
		"we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
		"you", "your", "yours", "yourself", "said", "says", "say", "told", "according", "new", "one", "two",
		"year", "years", "would", "like", "get", "got", "many", "much", "may", "might", "must", "since", "still",
		"yet", "even", "well", "back", "last", "first", "next", "way", "make", "made", "going", "want", "know",
		"time", "week", "day", "days",
		"mr", "mrs", "ms", "people", "including", "however", "though", "although", "whether", "another", "every",
		"us", "let", "don", "didn", "doesn", "isn", "wasn", "won", "can't", "it's", "that's", "read", "more",
		"news", "report", "reported", "reports", "according", "added", "statement", "thing", "things", "lot",
	} {
		m[w] = true
	}
	// Rule foreign-stopwords: the function words of German, French,
	// Spanish, Italian, Portuguese and Dutch (articles, pronouns,
	// prepositions, auxiliaries, the verbs of saying) and their weekday
	// names, as the English ones above. Not dropped, they were the
	// heaviest terms of a German report in a corpus of few German texts
	// ("sich", "ein", "den", "des" at 1+ln tf), so three German reports of
	// one warehouse fire sharing their people, places and figures split
	// while unrelated German briefs met on "mit", "gegen", "nach"
	// (TestClusterGermanEvent). Words that are also English content words
	// ("war", "hat", "man", "son", "plus", "han") are not listed; but some
	// are, and are stop words in English texts too: die, den (German), par
	// (French), con, sin, hay, para (Spanish), come (Italian), door, van,
	// met, tot (Dutch); the figures below are with them, none measured
	// without them. lede bench cluster: allsides 0.8050 -> 0.8060 (md5(id) halves 0.8689 -> 0.8692,
	// 0.8627 -> 0.8636); newswcl50 1.000, wikiref220 0.920 and the copies
	// of synthetic_syndication byte-identical.
	for _, list := range foreignStopwords {
		for w := range strings.FieldsSeq(list) {
			m[w] = true
		}
	}
	for _, w := range lexicon.CalendarWords() {
		if !lexicon.IsMonth(w) {
			m[w] = true
		}
	}
	return m
}()

// foreignStopwords are the lists of rule foreign-stopwords, one string a
// language; words under three letters are left out (no word that short
// is a term).
var foreignStopwords = [...]string{
	// German
	`der die das und ist nicht mit sich auf für dem den des ein eine einer eines einem einen von auch
	sie wir ihr ihm ihn ihre ihren ihrer ihrem wird wurde wurden werden worden haben hatte hatten habe
	sind sei seien sein seine seinen seiner seinem bei nach aus wie noch nur oder aber dass daß über vor
	zum zur sagte sagt sagten erklärte als diese dieser dieses diesem diesen durch gegen unter mehr
	schon kann können konnte soll sollen sollte muss müssen beim vom bis seit sowie dann jedoch laut
	wieder dabei dort etwa alle allen keine kein keinen ohne zwischen damit wenn weil gibt sehr uns
	heute gestern jahr jahre jahren neue neuen ersten zwei drei`,
	// French
	`les des une est dans pour pas qui que sur aux avec cette elle ils elles sont ont été par mais nous
	vous selon leur leurs était dit comme ses aussi tout tous très sans sous entre après avant depuis
	encore fait être avoir lors alors ainsi dont cet ces lui même peut doit deux trois`,
	// Spanish
	`los las del una por con para como más pero fue según dijo está este esta estos estas entre sobre
	también muy sin sus ser hay desde cuando todo todos ese esa eso ella ellos sido tiene dos tres`,
	// Italian
	`della dello dei delle degli che per non sono anche come nel nella nei alla alle allo questo
	questa stato essere detto gli una più suo sua loro dopo tra fra ha hanno`,
	// Portuguese
	`dos das uma não para com por mais mas foi são seu sua como disse está também pelo pela entre
	sobre ele ela eles nas nos foram tem`,
	// Dutch
	`het een van dat niet met voor zijn die aan ook maar werd wordt heeft hebben naar bij nog dit deze
	als door zei uit hij tot zich worden`,
}

// stem is a light suffix stripper: it folds plurals ("tariffs" ->
// "tariff", "policies" -> "policy") so that outlets' word choices meet. A
// full Porter stemmer buys little here and costs throughput. buf receives
// the result when it differs from w.
func stem(w, buf []byte) []byte {
	n := len(w)
	switch {
	case n > 5 && string(w[n-3:]) == "ies":
		return append(append(buf[:0], w[:n-3]...), 'y')
	case n > 4 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return w[:n-1]
	}
	return w
}

// token is one word of a text with whether it was capitalised and whether
// it started a sentence (capitals there are not evidence of a name).
type token struct {
	w         []byte
	cap       bool
	sentStart bool
	// unit: w is a bigram (or a lone character) of a script written
	// without spaces (the bigrams rule).
	unit bool
}

// tokenize splits text into lower-cased word tokens; runs of characters of
// scripts written without spaces give their overlapping pairs (see the
// bigrams rule). The token's bytes are valid only during the call.
func tokenize(text string, fn func(t token)) { tokenizeIn(text, false, fn) }

// tokenizeIn is tokenize, reading figures as German writes them when
// german is set (rule german-figures, in the figures rule).
func tokenizeIn(text string, german bool, fn func(t token)) {
	var buf [64]byte
	w := buf[:0]
	var ub unitBufs
	capital := false
	sentStart := true
	nextStart := true
	flush := func() {
		if len(w) > 0 {
			fn(token{w: w, cap: capital, sentStart: sentStart})
			w = w[:0]
			sentStart = false
		}
	}
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		i += n
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			if len(w) == 0 {
				capital = false
				sentStart = nextStart
				nextStart = false
			}
			w = append(w, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			if len(w) == 0 {
				capital = true
				sentStart = nextStart
				nextStart = false
			}
			w = append(w, byte(r+'a'-'A'))
		case r == '\'' || r == '’':
			// "Biden's": keep the stem, drop the possessive
			if len(w) > 0 {
				flush()
				// skip the following "s"
				if i < len(text) && (text[i] == 's' || text[i] == 'S') && (i+1 == len(text) || !isWordByte(text[i+1])) {
					i++
				}
			}
		case r >= segment.FirstUnit && segment.IsUnit(r):
			// Bigrams rule: text written without spaces (Chinese,
			// Japanese, Thai, Korean nouns with their particles) has no
			// words to split at, and a whole clause was one token that no
			// other report shared. Its runs of characters give overlapping
			// pairs instead (北京举行 -> 北京, 京举, 举行), the
			// dictionary-free terms of CJK search engines: two reports of
			// one event share the pairs of the names and words they share.
			// Scripts whose units are letters give runs of four instead
			// (see LetterGram). Pairs of grammar and of news copy's common
			// words are no terms (see unitDropped).
			flush()
			i = unitTerms(text, i-n, r, w, &ub, &nextStart, fn)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if len(w) == 0 {
				capital = unicode.IsUpper(r)
				sentStart = nextStart
				nextStart = false
			}
			// Rule width (segment.FoldWidth): full-width letters and
			// figures join the word as ASCII; they were words of their
			// own, ＮＨＫ never meeting NHK, and ２０２６ a term (not a
			// figure, see the numbers rule in docTerms) that every
			// report of the year shared. Here, not at decoding:
			// folding every rune there cost docTerms 7% on synth's
			// Latin articles (as `go test ./internal/cluster -run -
			// -bench DocTerms` times it; test binaries alternated).
			w = utf8.AppendRune(w, unicode.ToLower(segment.FoldWidth(r)))
		case (r == ',' || r == '.' || r >= 0xFF0C && (r == '，' || r == '．')) && len(w) > 0 && isNumber(w) && digitAt(text, i):
			// Figures rule: a comma or point between digits stays inside
			// the figure ("498,000" -> "498000", "$3.5 trillion" -> "3.5"),
			// so that the numbers rule in docTerms sees the whole figure:
			// split, "3.5" was lost (one-digit parts are dropped) and
			// "000" was a term shared by every report of thousands.
			// Measured: allsides BCubed F1 0.802 -> 0.803, others unchanged.
			// In full width too (rule width): １，０００.
			//
			// Rule german-figures: German writes the decimal comma and
			// the thousands point (3,5 Millionen; 340.000 Euro), and its
			// reports met English ones on no figure ("35" and "3.5",
			// "340.000" and "340000"); in a German text (see rule
			// german-fold) the comma is the point and the point is
			// dropped.
			if sep := segment.FoldWidth(r); sep == '.' && !german || sep == ',' && german {
				w = append(w, '.')
			}
		default:
			flush()
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == '"' || r == '“' || r == '—' {
				nextStart = true
			}
		}
	}
	flush()
}

// unitBufs are tokenize's buffers for runs of units: the run's terms,
// their pairFlags and the units' offsets.
type unitBufs struct {
	pairs  []string
	flags  []uint8
	starts []int
}

// What a run's pair is, found once per pair (unitDropped asks about each
// pair's neighbours too).
const (
	pairStop   uint8 = 1 << iota // one of unitStopwords
	pairFigure                   // two Han numerals (hanFigure)
	pairKana                     // hiragana alone (hiraganaOnly)
)

func pairFlags(p string) uint8 {
	var f uint8
	if unitStopword(p) {
		f |= pairStop
	}
	if hanFigure(p) {
		f |= pairFigure
	}
	if hiraganaOnly(p) {
		f |= pairKana
	}
	return f
}

// unitTerms calls fn with the terms of the run of units that starts at
// text[start] (its first rune r; see the bigrams rule in tokenize), w
// holding each; it returns the run's end. Apart from tokenize's loop, so
// that the loop over Latin text stays as small as it was.
//
//go:noinline
func unitTerms(text string, start int, r rune, w []byte, ub *unitBufs, nextStart *bool, fn func(t token)) int {
	end := segment.RunEnd(text, start)
	ub.pairs, ub.starts = grams(text[start:end], gramSize(r), ub.pairs[:0], ub.starts)
	ub.flags = ub.flags[:0]
	for _, b := range ub.pairs {
		ub.flags = append(ub.flags, pairFlags(b))
	}
	for k, b := range ub.pairs {
		if ub.flags[k]&pairFigure != 0 && (k == 0 || ub.flags[k-1]&pairFigure == 0) {
			// Rule han-figures: a figure written in Han numerals is one
			// term, as "230,000" is (see the figures rule).
			w = append(w[:0], b...)
			for j := k + 1; j < len(ub.pairs) && ub.flags[j]&pairFigure != 0; j++ {
				_, n := utf8.DecodeLastRuneInString(ub.pairs[j])
				w = append(w, ub.pairs[j][len(ub.pairs[j])-n:]...)
			}
			fn(token{w: w, sentStart: *nextStart})
			*nextStart = false
			continue
		}
		if unitDropped(ub.flags, k) {
			continue
		}
		w = append(w[:0], b...)
		fn(token{w: w, sentStart: *nextStart, unit: true})
		*nextStart = false
	}
	return end
}

// hanFigure reports whether a pair of units is two Han numerals (二十,
// 三万 of 二十三万), a piece of a figure (rule han-figures in unitTerms).
// Figures in Han numerals gave pairs that any two reports of counts
// shared (二十 of 二十三万人 and 二十多个国家) and strays into the words
// beside them (万人): in a corpus of two, a typhoon's 230,000 evacuated
// and a marathon's 30,000 runners met on 二十, 三万 and 万人. A lone
// numeral stays a character (一 of 统一, 一家).
func hanFigure(p string) bool {
	n := 0
	for _, r := range p {
		switch r {
		case '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两':
			n++
		default:
			return false
		}
	}
	return n == 2
}

// gramSize is the length in units of the terms of a run of units that
// starts with r: LetterGram in the scripts whose units are letters
// (segment.LetterUnits), 2 in the others, whose units are syllables or
// words (Han, kana, Hangul syllables).
func gramSize(r rune) int {
	if segment.LetterUnits(r) {
		return LetterGram
	}
	return 2
}

// LetterGram: rule letter-grams. A unit of Thai (and Lao, Khmer,
// Myanmar) is a letter with its vowel signs and tone marks, a third of a
// syllable or less, and its pairs were as common as a pair of Latin
// letters: two unrelated Thai reports in a corpus of two shared dozens
// and always joined. Four units, about two syllables, weigh as much as a
// Chinese pair (two syllables, mostly a word). Measured on the 11
// invented Thai reports of five events of testdata/cjk/th.jsonl, as
// corpora of two (`go test ./internal/cluster -run CorporaPairsUnits -v`
// with LetterGram set to each size, counting th.jsonl's "joined" lines;
// rerun: 43, 15, 5, 2, 2) and in 100 random corpora each of 3, 6 and 10
// of them (a throwaway script over lede bench cluster, not kept):
// as corpora of two, different events joined in 43 of 48 pairs with
// pairs of units, 15 with three, 5 with four, 2 with five and six; in
// corpora of three in 195, 30 and 23 of 261 pairs; no corpus split one
// event's reports at 2, 5 or 6 units, 4 of 201 pairs in corpora of six
// at 4. Five scored better there; four keeps a two-syllable word's
// reports meeting when they paraphrase, which invented reports that
// repeat their phrases cannot show. Whole, the corpus is told
// perfectly at 2, 4, 5 and 6, not at 3 (TestCorporaUnits/th.jsonl -v:
// BCubed F1 1.000, 0.952 at 3).
const LetterGram = 4

// grams appends to out the overlapping k-unit substrings of run (run
// whole when it has fewer units); starts is a buffer. With k = 2 they are
// segment.Bigrams' pairs.
func grams(run string, k int, out []string, starts []int) ([]string, []int) {
	starts = starts[:0]
	for i := 0; i < len(run); {
		starts = append(starts, i)
		_, n := utf8.DecodeRuneInString(run[i:])
		i = segment.UnitEnd(run, i+n)
	}
	if len(starts) < k {
		return append(out, run), starts
	}
	starts = append(starts, len(run))
	for j := 0; j+k < len(starts); j++ {
		out = append(out, run[starts[j]:starts[j+k]])
	}
	return out, starts
}

// digitAt reports whether text[i:] starts with a digit, in either width
// (rule width).
func digitAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return '０' <= r && r <= '９'
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// keepHash reports whether a lower-cased word is worth a feature: not a
// stop word, at least three characters, not a bare number (numbers are
// claims, compared elsewhere; as terms they join unrelated stories that
// share "2021"). It also returns the word's hash, which it needs for the
// stop-word test anyway (a lookup by integer is cheaper than by string);
// for a stop word too (see rule german-fold), 0 for the others it rejects.
func keepHash(w []byte) (uint64, bool) {
	if len(w) < 3 || isNumber(w) {
		return 0, false
	}
	h := xxh3.Hash(w)
	if stopSet.has(h) {
		return h, false
	}
	return h, true
}

// Rule german-fold: German inflects what English does not (der schwarze
// Tag, ein schwarzer Tag; die Halle, den Hallen; des Brandes), so two
// reports of one event in their own words met on few of the words they
// shared, and the plural folding of stem does not see these endings. A
// text whose function words are mostly German ones (minGermanWords at
// least, outnumbering the words of every other stop list) has its words
// folded by germanFold instead of stem. English texts are never folded; their cost
// is one lookup per stop word met. lede bench cluster on the four shared
// sets: byte-identical (they are English). On an invented corpus of 20
// German and English reports (testdata/de: three German reports each of
// three events, two English ones of the first, German briefs of the same
// town and week), BCubed F1 0.913 -> 0.936 with rules german-figures and
// number-words: the fire's third German report joins the other two
// (TestClusterGermanRewrites). Measured by
//
//	lede bench cluster --docs internal/cluster/testdata/de/docs.jsonl --out PRED.tsv
const minGermanWords = 3

// langStopSets hold the hashes of each list of foreignStopwords, German
// first; foreignStopSet all of them, so that a stop word of no foreign
// list costs one lookup (rule cross-language reads a text's language
// from them, rule german-fold whether it is German).
var langStopSets, foreignStopSet = func() ([len(foreignStopwords)]hashSet, hashSet) {
	var sets [len(foreignStopwords)]hashSet
	var all []uint64
	for k, list := range foreignStopwords {
		var hs []uint64
		for w := range strings.FieldsSeq(list) {
			if len(w) >= 3 {
				hs = append(hs, xxh3.HashString(w))
			}
		}
		sets[k] = newHashSet(hs)
		all = append(all, hs...)
	}
	return sets, newHashSet(all)
}()

// germanStopSet holds the hashes of the German list of foreignStopwords.
var germanStopSet = langStopSets[0]

// germanSuffixes are the inflectional endings germanFold strips, the
// longest first.
var germanSuffixes = [...]string{"ern", "em", "en", "er", "es", "e", "n", "s"}

// germanFold writes to buf the folded form of a lower-cased German word
// (rule german-fold): umlauts as their vowels (Brand, Brände) and ß as ss,
// then one inflectional ending stripped when at least four letters stay
// (Hallen -> hall, schwarzer -> schwarz, Feuers -> feuer).
func germanFold(w, buf []byte) []byte {
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		if w[i] == 0xC3 && i+1 < len(w) {
			switch w[i+1] {
			case 0xA4: // ä
				b = append(b, 'a')
				i++
				continue
			case 0xB6: // ö
				b = append(b, 'o')
				i++
				continue
			case 0xBC: // ü
				b = append(b, 'u')
				i++
				continue
			case 0x9F: // ß
				b = append(b, 's', 's')
				i++
				continue
			}
		}
		b = append(b, w[i])
	}
	for _, s := range germanSuffixes {
		if len(b) >= len(s)+4 && string(b[len(b)-len(s):]) == s {
			return b[:len(b)-len(s)]
		}
	}
	return b
}

// hashSet is a fixed open-addressing set of word hashes. The stop-word
// test runs for every word of every article; on a Go map it was a fifth
// of term extraction's time (the map hashes the already-hashed key
// again), here it is one or two array reads.
type hashSet struct {
	slots []uint64
}

func newHashSet(hs []uint64) hashSet {
	size := 16
	for size < 4*len(hs) {
		size <<= 1
	}
	s := hashSet{slots: make([]uint64, size)}
	mask := uint64(size - 1)
	for _, h := range hs {
		i := h & mask
		for s.slots[i] != 0 && s.slots[i] != h {
			i = (i + 1) & mask
		}
		s.slots[i] = h
	}
	return s
}

// has reports whether h is in the set. Hash 0 is never a member (it marks
// empty slots); xxh3 gives it to no stop word.
func (s hashSet) has(h uint64) bool {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return h != 0
		case 0:
			return false
		}
	}
}

// stopSet holds the stop words' hashes.
var stopSet = func() hashSet {
	hs := make([]uint64, 0, len(stopwords))
	for w := range stopwords {
		hs = append(hs, xxh3.HashString(w))
	}
	return newHashSet(hs)
}()

// isNumber reports whether w is a figure: digits, with decimal points
// kept by tokenize.
func isNumber(w []byte) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '.' {
			return false
		}
	}
	return len(w) > 0
}

// unitStopwords are the common words of news copy in Chinese and Japanese
// that say nothing about which event a report covers, as pairs of
// characters (see the bigrams rule in tokenize): said, pointed out,
// believe, introduced, reporter, today, this year, currently, already,
// we, they, continue, further, citizens, experts; the English stopwords'
// counterparts. In a large corpus IDF weighs such pairs down; in a small
// one (ten reports) it cannot: in unrelatedUnitDocs two city
// governments' announcements met on 市政府今天…表示…市民…专家认为 and joined
// once the corpus held more than the pair.
var unitStopwords = []string{
	// Chinese
	"表示", "指出", "认为", "称", "说", "介绍", "透露", "报道", "消息", "新闻", "记者",
	"今天", "昨天", "明天", "今年", "去年", "明年", "目前", "已经", "我们", "他们", "她们",
	"这个", "一个", "这些", "那些", "没有", "可以", "以及", "其中", "同时", "通过", "对于",
	"由于", "因为", "所以", "但是", "如果", "还是", "就是", "不是", "不过", "进行", "相关",
	"有关", "方面", "情况", "继续", "进一", "一步", "市民", "人们", "民众", "专家", "家认",
	"新的", "发布", "宣布",
	// Japanese (pairs of hiragana are dropped by rule, see unitDropped)
	"昨年", "来年", "今回", "今後", "一方", "関係", "係者", "明ら", "述べ", "話し", "同日",
	"発表",
}

// unitStopSet holds unitStopwords' hashes.
var unitStopSet = func() hashSet {
	hs := make([]uint64, 0, len(unitStopwords))
	for _, w := range unitStopwords {
		hs = append(hs, xxh3.HashString(w))
	}
	return newHashSet(hs)
}()

func unitStopword(b string) bool { return unitStopSet.has(xxh3.HashString(b)) }

// unitDropped reports whether the k-th pair of a run's bigrams (flags:
// their pairFlags) is no term:
//   - rule unit-stopwords: it is one of unitStopwords, or a stray across
//     one's edge (市政府今天举行 keeps 市政, 政府 and 举行, not 府今 or 天举,
//     which only ever meet because the stop word is common);
//   - rule kana-particles: it is hiragana alone. Japanese writes its
//     particles, auxiliaries and inflections in hiragana, its names and
//     nouns in kanji and katakana, so a pair of hiragana is grammar
//     (した, ている, された, という): two unrelated Japanese reports shared a
//     dozen such pairs. Its neighbours stay (決めた keeps 決め: the kanji
//     of a verb is met only beside its inflection).
func unitDropped(flags []uint8, k int) bool {
	const edge = pairStop | pairFigure
	return flags[k]&(pairKana|pairStop) != 0 ||
		k > 0 && flags[k-1]&edge != 0 ||
		k+1 < len(flags) && flags[k+1]&edge != 0
}

// hiraganaOnly reports whether a bigram (or lone character) of a script
// written without spaces is hiragana alone.
func hiraganaOnly(w string) bool {
	for _, r := range w {
		if r < 0x3041 || r > 0x309F {
			return false
		}
	}
	return true
}

// Rule number-words: a count of ten to nineteen or a round ten written
// out ("Fourteen people were hurt", as English style writes a figure that
// opens a sentence; "Vierzehn Personen") is the figure's term as well
// (see the numbers rule in docTerms), so that it meets the reports that
// wrote 14. English and German. lede bench cluster: allsides BCubed F1
// 0.80598 -> 0.80602 (md5(id) halves 0.86917 -> 0.86917, 0.86360 ->
// 0.86386), newswcl50, wikiref220 and synthetic_syndication's copies
// byte-identical.
var numberWords = func() map[uint64]string {
	m := map[uint64]string{}
	for _, l := range [...]string{
		"10 ten zehn", "11 eleven elf", "12 twelve zwölf", "13 thirteen dreizehn", "14 fourteen vierzehn",
		"15 fifteen fünfzehn", "16 sixteen sechzehn", "17 seventeen siebzehn", "18 eighteen achtzehn",
		"19 nineteen neunzehn", "20 twenty zwanzig", "30 thirty dreißig", "40 forty vierzig",
		"50 fifty fünfzig", "60 sixty sechzig", "70 seventy siebzig", "80 eighty achtzig", "90 ninety neunzig",
	} {
		f := strings.Fields(l)
		for _, w := range f[1:] {
			m[xxh3.HashString(w)] = f[0]
		}
	}
	return m
}()

// numberWordSet holds numberWords' keys, the fast test before the map.
var numberWordSet = func() hashSet {
	hs := make([]uint64, 0, len(numberWords))
	for h := range numberWords {
		hs = append(hs, h)
	}
	return newHashSet(hs)
}()
