package textclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/boilerplate"
	"github.com/lede-news/lede/internal/model"
)

// Bounds of rule read-also-inline.
const (
	// maxReadAlsoLabelWords: "Lea también:", "Lire aussi :", "READ
	// MORE:" are one to three words.
	maxReadAlsoLabelWords = 3
	// maxReadAlsoHeadline bounds the linked headline after the label, as
	// a related list's item (maxRelatedItemLen).
	maxReadAlsoHeadline = maxRelatedItemLen
	// minReadAlsoWords: the headline holds two words at least before the
	// sentence that follows it.
	minReadAlsoWords = 2
	// minQuotedRun: an opening quotation mark after the headline starts the
	// story's next sentence when what it opens runs on this long without
	// a closing mark (a quoted title inside a headline is a few words).
	minQuotedRun = 40
	// readAlsoWindow bounds what is read around a colon: the label before
	// it (ReadAlsoLabel takes at most 48 bytes) and, after it, the headline
	// and the two words after that; a longer word is no headline's. Each
	// colon of a line costs at most this much, whatever the line holds.
	readAlsoWindow = maxReadAlsoHeadline + 2*minQuotedRun
)

// splitReadAlso is rule read-also-inline. Some extractors flatten the
// whole article onto one line, and with it the "read also" links set
// between its paragraphs: "... said the bank. Lea también: Ministro
// presenta el plan de obras Del total, el 40 % ..." — the label, another
// story's headline, then the story going on, with nothing but a space
// between them. The rule cuts the line at each such link: the label must
// open a sentence (at the line's start or after a sentence's end) and be
// one the phrase rules know (boilerplate.ReadAlsoLabel); the headline
// runs to the line's end, to a question or exclamation mark, or to the
// first word that can only start a sentence (see readAlsoEnd). Where no
// end is found the line stays whole. It returns the parts, the links
// among them (each classifies as boilerplate on its own, and the walk
// removes it as such).
//
// Rule off -> on, with the rest of this change in (lede bench extract
// --text-from the peers' outputs --halves; F1 to four places by
// score_extract.py on each half): extract/ on trafilatura's text, snippets
// 0.9196 -> 0.9216 and 0.9137 -> 0.9155, body 0.9769 -> 0.9777 and 0.9420
// -> 0.9422; WCXB on trafilatura's text, words unchanged to four places
// (0.8224, 0.8198; 21 pages moved, 12 up: where the WCXB gold keeps a
// "Read more:" link or a heading the headline swallowed, a page goes
// down); readeck's texts, whose lines keep their links apart, unchanged.
func splitReadAlso(line string) ([]string, bool) {
	var parts []string
	last := 0 // the end of the last link cut out
	for off := 0; off < len(line); {
		c := strings.IndexByte(line[off:], ':')
		if c < 0 {
			break
		}
		c += off
		off = c + 1
		start := readAlsoStart(line[last:], c-last)
		if start < 0 {
			continue
		}
		start += last
		end, ok := readAlsoEnd(line, c+1)
		if !ok {
			continue
		}
		link := strings.TrimSpace(line[start:end])
		if _, _, ok := boilerplate.Classify(link); !ok {
			continue
		}
		parts = appendCut(parts, line[last:start], link)
		last, off = end, end
	}
	return finishCuts(parts, line[last:])
}

// appendCut appends to parts the text before a cut, trimmed (when any is
// left), and the cut.
func appendCut(parts []string, before, cut string) []string {
	if b := strings.TrimSpace(before); b != "" {
		parts = append(parts, b)
	}
	return append(parts, cut)
}

// finishCuts returns parts and the text after the last cut, trimmed; false
// when nothing was cut, or when the cut is the whole line (Classify takes
// it whole).
func finishCuts(parts []string, after string) ([]string, bool) {
	if len(parts) == 0 {
		return nil, false
	}
	if a := strings.TrimSpace(after); a != "" {
		parts = append(parts, a)
	}
	if len(parts) == 1 {
		return nil, false
	}
	return parts, true
}

// readAlsoStart returns where a read-also label ending with the colon at
// s[c] starts, or -1: one to maxReadAlsoLabelWords words ("Lire aussi :"
// has a space before its colon) that open a sentence.
func readAlsoStart(s string, c int) int {
	from := max(0, c-readAlsoWindow) // no label starts before it
	j := c
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	for words := 0; words < maxReadAlsoLabelWords && j > from; words++ {
		k := strings.LastIndexByte(s[from:j], ' ') + 1 + from // the word's start
		if k == j || k == from && from > 0 {
			return -1
		}
		if opensSentence(s[:k]) && boilerplate.ReadAlsoLabel(s[k:c+1]) {
			return k
		}
		if k == 0 {
			return -1
		}
		j = k - 1
	}
	return -1
}

// opensSentence: what comes before a label leaves it at a sentence's
// start: nothing, or a sentence end (a full stop, a question or
// exclamation mark, a closing quotation mark) and a space.
func opensSentence(before string) bool {
	if before == "" {
		return true
	}
	if !strings.HasSuffix(before, " ") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " "))
	return strings.ContainsRune(".!?…\"”»)", r)
}

// readAlsoEnd returns where the headline that starts at line[from:]
// ends, and whether an end was found within maxReadAlsoHeadline bytes:
//   - at the line's end;
//   - after a word ending in '?' or '!' when the line ends there, or a
//     number follows (a numbered section), or a sentence does (see below):
//     "Is Your Soil Ready? The plots ...", not "Travelling Abroad? Things
//     to Know";
//   - before a word that can only open a sentence (sentenceOpeners: "Del",
//     "The", "Die") followed by a lower-case word, which a headline's
//     proper names are not ("Las Vegas", "El Salvador", and a title-case
//     headline's "On The Quay");
//   - before an opening quotation mark that opens a long quotation (the
//     story quoting someone), not a quoted title.
//
// A word right after a colon inside the headline ("Sequía: El plan ...")
// opens its second part, not a sentence. A word ending in a full stop
// before any end is the end of a sentence, not of a headline: no end is
// found, and the line stays whole.
func readAlsoEnd(line string, from int) (int, bool) {
	whole := len(line)
	line = line[:min(whole, from+readAlsoWindow)]
	limit := min(len(line), from+maxReadAlsoHeadline)
	i := from
	words := 0
	prev := ""
	for {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		if i >= len(line) {
			return len(line), words > 0 && len(line) == whole
		}
		if i >= limit {
			return 0, false
		}
		k := strings.IndexByte(line[i:], ' ')
		if k < 0 {
			k = len(line) - i
		}
		w := line[i : i+k]
		next := nextWord(line[i+k:])
		if words >= minReadAlsoWords && !strings.HasSuffix(prev, ":") {
			if opensNext(w, next) {
				return i, true
			}
			if q := openingQuoteLen(w); q > 0 && q < len(w) && model.StartsUpper(w[q:]) && !closesSoon(line[i+q:]) {
				return i, true
			}
		}
		words++
		switch w[len(w)-1] {
		case '.':
			return 0, false
		case '?', '!':
			// a question ends the headline where a sentence or a
			// numbered section follows; a capitalised word may go on
			// with the title ("Travelling Abroad? Things to Know First")
			rest := line[i+k:]
			if next == "" || next[0] >= '0' && next[0] <= '9' || opensNext(next, nextWord(strings.TrimLeft(rest, " ")[len(next):])) {
				return i + k, true
			}
		}
		prev = w
		i += k
	}
}

// opensNext: the word w opens a sentence whose next word is next: w is
// one of sentenceOpeners and next a lower-case word other than the linking
// words a title-case headline keeps in lower case after one of them ("Why
// Most of the Valley Grows Beans", "One of Us"; "At the", "In the" open
// sentences).
func opensNext(w, next string) bool {
	return sentenceOpeners[w] && model.StartsLower(next) && !titleLinks[next]
}

// titleLinks: see opensNext.
var titleLinks = map[string]bool{"of": true, "to": true, "and": true, "or": true, "than": true, "vs": true}

// nextWord returns the first word of s.
func nextWord(s string) string {
	s = strings.TrimLeft(s, " ")
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return s
}

// openingQuoteLen returns the byte length of an opening quotation mark at
// the start of s, or 0.
func openingQuoteLen(s string) int {
	switch r, n := utf8.DecodeRuneInString(s); r {
	case '"', '“', '„', '«':
		return n
	}
	return 0
}

// closesSoon: a closing quotation mark within minQuotedRun bytes of s.
func closesSoon(s string) bool {
	s = s[:min(len(s), minQuotedRun)]
	return strings.ContainsAny(s, "\"”“»")
}

// sentenceOpeners are words that open sentences in the languages whose
// flattened texts hold read-also links (Spanish, Portuguese, German,
// French, Italian, English): articles, pronouns, prepositions and
// connectives, capitalised. Inside a headline they are written in lower
// case, or stand in a proper name or a title-case headline, where the
// next word is capitalised too; readAlsoEnd asks for a lower-case word
// after them.
var sentenceOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		El La Los Las Lo Un Una Unos Unas Del Al En Por Para Con Sin Según Tras Durante Desde Hasta
		Este Esta Estos Estas Ese Esa Eso Esto Aunque Además Asimismo Pero Así No Se Su Sus Le Les
		Ante Entre Sobre Mientras Cuando Como Si También Otro Otra Otros Otras Hoy Ayer Luego Después
		Antes Ahora Dos Tres Cuatro Cinco Ello Ella Ellos Ellas Nos Cabe
		O Os Um Uma Uns Umas Do Da Dos Das No Na Nos Nas Pelo Pela Mas Isso Isto Ele Ela Eles Elas Seu Sua
		Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Es Er Sie Wir Ich Im Am Auf Bei Mit Nach
		Seit Von Vom Zum Zur Um Auch Doch Aber Und Dies Diese Dieser Dieses Damit Dabei Dazu Denn Wie Wenn
		Als Nun Jetzt Noch Laut Zudem Außerdem Bereits Dort Hier Dann Deshalb Trotzdem Allerdings
		Le Les Une Des Du Au Aux Il Ils Elle Elles On Nous Vous Ce Cette Ces Mais Pour Dans Avec Selon
		Il Gli Lo Uno Nel Nella Per Con Questo Questa Ma Anche Secondo
		The A An In On At It He She They We This That These Those But And As For If When While After
		Before According However Meanwhile There His Her Their Its Our Some Many Most One Two Three
		By With From Since Although Despite Here So Yet Even Still Now Today Yesterday Other More
	`) {
		m[w] = true
	}
	return m
}()

// maxPromptSentence bounds a sentence rule prompt-in-paragraph cuts out: a
// paywall notice runs to two clauses ("Already a subscriber? Log in with
// your account to read this story and every other one in full." is 88
// bytes); twice that leaves room.
const maxPromptSentence = 200

// maxPromptLineSentences bounds the sentences of a line rule
// prompt-in-paragraph reads, each classified (with an allocation): the
// longest line of the peers' texts of extract/ and extract-wcxb holds 844
// (go-trafilatura's on extract-wcxb; 698 on extract/, readeck's 115 and 19),
// counting a sentence at each '.', '!' or '?' before a space and a capital
// as sentenceEnd does, in the texts `go run . --cases CASES --out-dir DIR`
// writes in bench/peers; a line of more (a file of sentences on one line)
// is left whole.
const maxPromptLineSentences = 2000

// promptRules are the phrase rules whose sentence rule prompt-in-paragraph
// cuts out of a paragraph: those of trailingRules, a sign-up box's and a
// paywall's notices, affiliate and contributor disclaimers and letters
// prompts. Not appeals, comment headers nor teasers: their rules take the
// blocks after them too, or they read as the writer's own text. A set,
// which tries these rules alone before Classify: nearly every sentence is
// turned away so, at a fraction of Classify's cost.
var promptRules = boilerplate.NewRuleSet("newsletter-signup", "newsletter-box", "cta-subscribe", "share-bar",
	"cta-follow", "ad-label", "affiliate-disclosure", "disclaimer", "cta-letter",
	// a rating widget's or comment box's label ("Hier können Sie den
	// Artikel bewerten"): their rule removes the block alone; see
	// promptSentence
	"comments-prompt")

// splitPromptSentences is rule prompt-in-paragraph. Text flattened onto one
// line holds the page's notices among the story's sentences: "... the
// court heard. Subscribe today to read the full story. The appeal opens
// in May ..." The rule cuts out each sentence that one of
// promptRules takes as a whole (promptRules.Classify); a sentence that
// quotes or reports anyone stays, and so does a follow prompt that names
// no platform. It returns the parts: the text between such sentences and
// the sentences, which the walk then removes.
//
// Rule off -> on, with the rest of this change in (as read-also-inline's
// figures): extract/ on trafilatura's text, snippets 0.9171 -> 0.9216 and
// 0.9125 -> 0.9155, body 0.9781 -> 0.9777 (one page whose heading, glued
// before an affiliate note, went with it) and 0.9422 -> 0.9422; WCXB on
// trafilatura's text, words 0.8210 -> 0.8224 and 0.8196 -> 0.8198;
// readeck's texts unchanged.
func splitPromptSentences(line string) ([]string, bool) {
	if sentenceEnd(line, 0) == len(line) {
		return nil, false // one sentence: Classify takes it or not
	}
	var parts []string
	last, start := 0, 0 // the end of the last cut; the current sentence's start
	for n := 0; start < len(line); n++ {
		if n == maxPromptLineSentences {
			return nil, false
		}
		end := sentenceEnd(line, start)
		if s := strings.TrimSpace(line[start:end]); promptSentence(s) {
			parts = appendCut(parts, line[last:start], s)
			last = end
		}
		start = end
	}
	return finishCuts(parts, line[last:])
}

// sentenceEnd returns the end of the sentence that starts at line[start:]:
// after the first '.', '!' or '?' followed by a space and a capital (or
// an opening '¡', '¿'), or the line's end.
func sentenceEnd(line string, start int) int {
	for i := start; i < len(line); {
		k := strings.IndexAny(line[i:], ".!?")
		if k < 0 {
			return len(line)
		}
		j := i + k + 1
		if j+1 < len(line) && line[j] == ' ' {
			if r, _ := utf8.DecodeRuneInString(line[j+1:]); unicode.IsUpper(r) || r == '¡' || r == '¿' {
				return j + 1
			}
		}
		i = j
	}
	return len(line)
}

// promptSentence: one of promptRules takes the sentence s whole.
func promptSentence(s string) bool {
	if s == "" || len(s) > maxPromptSentence {
		return false
	}
	// Classify first: it turns nearly every sentence away, and this runs
	// on every sentence of a flattened line.
	_, rule, ok := promptRules.Classify(s)
	if !ok || rule == "cta-follow" && !namesPlatform(s) {
		return false
	}
	if reportsSpeech(s) || strings.ContainsAny(s, "“”\"") {
		return false
	}
	// a comment prompt written as a sentence ("Leave a comment and tell
	// us your pick.", "Share yours in the comments below!") is the
	// writer's, which the gold keeps; a widget's label has no full stop
	// (lede bench extract --text-from readeck's outputs, scored as
	// splitReadAlso's figures: a sentence so cut cost one extract/ page
	// 0.117 body F1, two others and four WCXB pages less)
	if rule == "comments-prompt" {
		r, _ := utf8.DecodeLastRuneInString(s)
		return !strings.ContainsRune(".!?", r)
	}
	return true
}
