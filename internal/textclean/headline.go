package textclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/boilerplate"
	"github.com/lede-news/lede/internal/model"
)

// notHeadline gathers the rules that refuse the first line as the title
// although it is short and stands alone. Extractors of the readability kind
// (readeck, trafilatura) leave the headline out: their first line is then a
// section label, a crumb, a byline or a caption, and a wrong title is worse
// for a user than none. The line stays in the body, where the body rules
// read it (a dateline gives the date, a credit goes to the image).
// Measured with lede bench extract --text-from on readeck's WCXB texts:
// 706 of 758 first-line titles were wrong before these rules.
//
// The counts in this file's comments ("the peers' WCXB and extract/
// texts") come from the peers' texts (in bench/peers: go run . --cases
// CASES --out-dir DIR, for ../shared/bench/extract-wcxb/cases.jsonl and
// ../shared/bench/extract/cases.jsonl) run through
// lede bench extract --cases CASES --text-from DIR/readeck.jsonl --out X
// (and DIR/trafilatura.jsonl), counting the titles in X that differ from
// the case's meta.title (wrong) or equal it (right).
func notHeadline(first string) bool {
	return oneWordLine(first) || counterLine(first) || labelLine(first) || salutationLine(first) ||
		chromeLine(first) || datelineFirst(first) || creditFirst(first) // the costly ones last
}

// oneWordLine is rule title-one-word: a headline says something about the
// story, a single word does not ("Overview", "Home", "Description", "#1"):
// it is a section label or a crumb. On the peers' WCXB and extract/ texts
// 178 one-word first lines were wrong titles and 6 right.
// The line comes from splitLines through cleanSpace: trimmed, its spaces
// single ' ', so one word is a line without a space.
func oneWordLine(s string) bool { return !strings.Contains(s, " ") }

// maxCounterWords bounds rule title-counter: counts and prices are a few
// words ("2,417 views", "$318.40 Excl. tax", "45% off zorbles"); a headline that
// opens with a number says more ("2025 in Review: my favourite games").
// On the peers' WCXB and extract/ texts the 15 first lines this bound
// caught were all wrong titles, none right.
const maxCounterWords = 3

// counterLine is rule title-counter: a short line that opens with a digit
// or a currency sign is a count, a price, a discount or a date a shop or
// forum shows above its content, not a headline.
func counterLine(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsDigit(r) && !unicode.Is(unicode.Sc, r) {
		return false
	}
	return len(firstFields(s, maxCounterWords+1)) <= maxCounterWords
}

// labelLine is rule title-label: a short line ending with a colon
// introduces what follows ("Protects against the following threats:"); a
// headline never ends so. (Longer ones are lead paragraphs, isLeadParagraph.)
func labelLine(s string) bool { return strings.HasSuffix(s, ":") }

// breakOffEnds end a line that breaks off into the next one (rule
// title-salutation).
var breakOffEnds = []string{",", ";", "--", "—"}

// greetingWords open a letter's or a forum post's salutation.
var greetingWords = map[string]bool{"hi": true, "hello": true, "hey": true, "dear": true, "greetings": true}

// salutationLine is rule title-salutation: a line that greets the reader
// ("Hello, zorblers!", "Dear fellow gardeners,") or breaks off (ending with a comma,
// a semicolon or a dash: "Back on the plots--") opens a letter or a forum post; a
// headline neither greets nor breaks off. On the peers' texts the 8 first
// lines it catches were all wrong titles.
func salutationLine(s string) bool {
	for _, end := range breakOffEnds {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	w := firstFields(s, 1)
	return len(w) == 1 && greetingWords[strings.ToLower(strings.TrimRight(w[0], ",!.:"))]
}

// chromeLine is rule title-chrome: a line one of the boilerplate package's
// phrase rules removes (a skip link, a share bar, a sign-in prompt, a
// picture credit such as "Getty Images") or a run of menu items is page
// furniture, not a headline. The one phrase rule left out is cta-watch:
// "WATCH: Five things we learned from the budget" is how video stories are
// headlined.
func chromeLine(s string) bool {
	_, rule, ok := boilerplate.Classify(s)
	return ok && rule != "cta-watch" || isNavigationRun(s)
}

// datelineFirst is rule title-dateline: a byline or a dated line ("By Jane
// Roe", "Updated March 9, 2031") opens a body whose headline was left out.
// It is read on a scratch parser, so that nothing is recorded here: the body
// rules read the line again once it is kept in the body.
func datelineFirst(s string) bool {
	p := &parser{a: &model.Article{}}
	return p.dateline(s)
}

// creditFirst is rule title-credit: a caption with its credit ("A heron at
// dawn. Photo: Jane Roe") or a credit written agency first ("AFP / Jane
// Roe") belongs to the lead image, not the title (credits written name
// first are boilerplate phrase rules, chromeLine).
func creditFirst(s string) bool {
	if _, _, ok := captionCredit(s); ok {
		return true
	}
	return agencyFirstCredit(s)
}
