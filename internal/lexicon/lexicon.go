// Package lexicon holds word lists Lede's stages share, kept as data: the
// speech verbs that introduce quotations ("said", "told", "according to"),
// those of German, French, Spanish, Italian, Portuguese, Dutch,
// Croatian (read for Serbian and Bosnian), Latvian, Lithuanian, Slovene,
// Estonian and Hungarian (speech_XX.txt), the
// weekday names of those languages, of English and of most others whose
// months the table holds (calendar.txt), the month names of
// every language a date reader knows (months.txt), the news
// agencies (agencies.go) and the particles of surnames (names.go). A list
// two stages read lives here once; a stage keeps only the words it alone
// reads, beside the lexicon's.
package lexicon

import (
	"embed"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/lede-news/lede/internal/model"
)

//go:embed speechverbs.txt
var speechVerbData string

var (
	speechOnce sync.Once
	speechSet  map[string]struct{}
	speechList []string
)

func loadSpeech() {
	speechSet = make(map[string]struct{}, 512)
	for _, line := range strings.Split(speechVerbData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for w := range strings.FieldsSeq(line) {
			w = strings.ReplaceAll(strings.ToLower(w), "_", " ")
			if _, dup := speechSet[w]; !dup {
				speechSet[w] = struct{}{}
				speechList = append(speechList, w)
			}
		}
	}
	sort.Strings(speechList)
}

// IsSpeechVerb reports whether word (any case; a phrase such as "according
// to" or "pointed out" with single spaces) is a speech verb or one of its
// inflections.
func IsSpeechVerb(word string) bool {
	speechOnce.Do(loadSpeech)
	if _, ok := speechSet[word]; ok {
		return true
	}
	// lower-already: a word of ASCII with no capital is its own lower
	// case, and was just looked up; the quotes rules ask with lower-cased
	// tokens, nearly every token, and the second look-up was a third of
	// IsSpeechVerb's cost (BenchmarkAnalyze, go test ./internal/analysis
	// -run '^$' -bench '^BenchmarkAnalyze$' -cpuprofile).
	if model.IsLowerASCII(word) {
		return false
	}
	_, ok := speechSet[strings.ToLower(word)]
	return ok
}

// SpeechVerbs returns every speech verb form of the lexicon, lower-case and
// sorted; multi-word entries hold single spaces. The slice is a copy.
func SpeechVerbs() []string {
	speechOnce.Do(loadSpeech)
	return append([]string(nil), speechList...)
}

// Speech words of the languages other than English, one file per language
// (speech_XX.txt): speech verb forms, "according to" forms, the words opening
// a reported clause ("dass", "que"), subject pronouns and the nouns of
// studies and polls.
//
//go:embed speech_*.txt
var langFiles embed.FS

// Speech is one language's speech lexicon. Every entry is lower case with
// single spaces; multi-word verb forms ("a déclaré", "ha detto") are
// phrases.
type Speech struct {
	Verbs     map[string]bool
	According map[string]bool
	That      map[string]bool
	// Pronouns are the subject pronouns with the gender they imply ('m',
	// 'f', or 0 for one that may be either or plural: "sie", "ze").
	Pronouns map[string]byte
	// Study are nouns of studies, polls and reports ("sondage",
	// "encuesta"): a source named after one is its maker ("un sondage
	// Ifop"). German has none: it capitalises every noun, so the maker
	// cannot be told from the noun.
	Study map[string]bool
	// Subjunctive are the verb forms that mark a clause after a comma as
	// reported speech without a "that" (German: "Er sagte, die Kosten
	// seien zu hoch": Konjunktiv I).
	Subjunctive map[string]bool
	// verbHeads are the first words of the two-word verb forms, so that
	// VerbPair builds a phrase only for a word that may open one.
	verbHeads map[string]bool
}

// VerbPair reports whether the words first and second (lower case) make a
// two-word speech verb form ("a déclaré", "teilte mit").
func (s *Speech) VerbPair(first, second string) bool {
	return s.verbHeads[first] && s.Verbs[first+" "+second]
}

var (
	langOnce sync.Once
	langSets map[string]*Speech
)

func loadLangs() {
	langSets = map[string]*Speech{}
	ents, _ := langFiles.ReadDir(".")
	for _, e := range ents {
		name := e.Name()
		code := strings.TrimSuffix(strings.TrimPrefix(name, "speech_"), ".txt")
		data, err := langFiles.ReadFile(name)
		if err != nil {
			continue
		}
		langSets[code] = ParseSpeech(string(data))
	}
	// speechAliases: Serbian and Bosnian read the Croatian list, which
	// holds their forms (ekavian, Cyrillic) too: a news text in one of
	// them is tagged with any of the three codes.
	for alias, code := range speechAliases {
		if s := langSets[code]; s != nil {
			langSets[alias] = s
		}
	}
}

// speechAliases maps a language code to the code of the speech list it
// reads.
var speechAliases = map[string]string{"sr": "hr", "bs": "hr"}

// ParseSpeech reads a speech list in the format of the speech_*.txt files
// (one lemma and its forms a line, "#" comments, "=according", "=that",
// "=pronoun" with ":m"/":f", "=study", "=subjunctive"; "_" joins the words of
// a two-word form), for lists kept outside this package.
func ParseSpeech(data string) *Speech {
	s := &Speech{Verbs: map[string]bool{}, According: map[string]bool{}, That: map[string]bool{}, Pronouns: map[string]byte{}, Study: map[string]bool{}, Subjunctive: map[string]bool{}}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		dst := s.Verbs
		if strings.HasPrefix(line, "=") {
			kind, rest, _ := strings.Cut(line, " ")
			line = rest
			switch kind {
			case "=according":
				dst = s.According
			case "=that":
				dst = s.That
			case "=pronoun":
				for w := range strings.FieldsSeq(rest) {
					w, g, _ := strings.Cut(strings.ToLower(w), ":")
					s.Pronouns[w] = 0
					if g == "m" || g == "f" {
						s.Pronouns[w] = g[0]
					}
				}
				continue
			case "=study":
				dst = s.Study
			case "=subjunctive":
				dst = s.Subjunctive
			default:
				continue
			}
		}
		for w := range strings.FieldsSeq(line) {
			w = strings.ReplaceAll(strings.ToLower(w), "_", " ")
			dst[w] = true
		}
	}
	s.verbHeads = map[string]bool{}
	for v := range s.Verbs {
		if head, _, ok := strings.Cut(v, " "); ok {
			s.verbHeads[head] = true
		}
	}
	return s
}

// SpeechIn returns the speech lexicon of the language with ISO 639-1 code
// lang, or nil when there is none (English has its own, IsSpeechVerb).
// The maps are shared: callers must not change them.
func SpeechIn(lang string) *Speech {
	langOnce.Do(loadLangs)
	return langSets[lang]
}

// Languages returns the codes SpeechIn knows, sorted.
func Languages() []string {
	langOnce.Do(loadLangs)
	var out []string
	for k := range langSets {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// The weekday names of English, of the languages SpeechIn knows and of
// most others of months.txt (calendar.txt); their month names are
// months.txt's.
//
//go:embed calendar.txt
var calendarData string

var (
	calendarOnce     sync.Once
	months, weekdays map[string]bool
	// enMonths and enWeekdays are English's names in calendar order;
	// loadCalendar leaves them out of months and weekdays.
	enMonths, enWeekdays []string
	// dayNames are every language's weekday names with their day.
	dayNames []WeekdayName
)

// calendarMonthLangs are the languages whose months IsMonth holds: those
// SpeechIn knows, whose rules read it.
var calendarMonthLangs = []string{"de", "fr", "es", "it", "pt", "nl"}

func loadCalendar() {
	months, weekdays = map[string]bool{}, map[string]bool{}
	enMonths = firstMonthNames("en")
	for _, lang := range calendarMonthLangs {
		for _, n := range firstMonthNames(lang) {
			if n != "" {
				months[n] = true
			}
		}
	}
	for _, line := range strings.Split(calendarData, "\n") {
		kind, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
		lang, rest, _ := strings.Cut(rest, " ")
		if kind != "=day" {
			continue
		}
		i := 0
		for f := range strings.FieldsSeq(rest) {
			day := time.Weekday((i + 1) % 7)
			i++
			if f == "-" {
				continue
			}
			for w := range strings.SplitSeq(strings.ReplaceAll(f, "_", " "), "/") {
				dayNames = append(dayNames, WeekdayName{w, lang, day})
				if lang == "en" {
					enWeekdays = append(enWeekdays, w)
				} else if slices.Contains(calendarMonthLangs, lang) {
					weekdays[w] = true
				}
			}
		}
	}
}

// IsMonth reports whether w (lower case) names a month in German, French,
// Spanish, Italian, Portuguese or Dutch ("märz", "mai", "oktober"). English
// names are not read here ("may" is a verb): see EnglishMonths.
func IsMonth(w string) bool {
	calendarOnce.Do(loadCalendar)
	return months[w]
}

// IsWeekday reports whether w (lower case) names a weekday in German,
// French, Spanish, Italian, Portuguese or Dutch ("dienstag", "mardi").
// English names are not read here: see EnglishWeekdays.
func IsWeekday(w string) bool {
	calendarOnce.Do(loadCalendar)
	return weekdays[w]
}

// IsCalendarWord reports whether w (lower case) names a month or a weekday
// in German, French, Spanish, Italian, Portuguese or Dutch: one of
// CalendarWords.
func IsCalendarWord(w string) bool { return IsMonth(w) || IsWeekday(w) }

// Weekdays returns the weekday names of German, French, Spanish, Italian,
// Portuguese and Dutch, lower case, in no order: CalendarWords without the
// months.
func Weekdays() []string {
	calendarOnce.Do(loadCalendar)
	return slices.Collect(maps.Keys(weekdays))
}

// CalendarWords returns the month and weekday names of German, French,
// Spanish, Italian, Portuguese and Dutch, lower case, in no order. English
// names are not among them: see EnglishMonths and EnglishWeekdays.
func CalendarWords() []string {
	calendarOnce.Do(loadCalendar)
	out := make([]string, 0, len(months)+len(weekdays))
	for w := range months {
		out = append(out, w)
	}
	for w := range weekdays {
		out = append(out, w)
	}
	return out
}

// EnglishMonths returns the twelve English month names, lower case, in
// calendar order: the month numbered i+1 is at i. The slice is a copy.
func EnglishMonths() []string {
	calendarOnce.Do(loadCalendar)
	return slices.Clone(enMonths)
}

// EnglishWeekdays returns the seven English weekday names, lower case,
// Monday first (ISO 8601): time.Weekday((i+1)%7) is the day at i. The
// slice is a copy.
func EnglishWeekdays() []string {
	calendarOnce.Do(loadCalendar)
	return slices.Clone(enWeekdays)
}

// WeekdayName is one language's name of a weekday.
type WeekdayName struct {
	Name string // lower case
	Lang string // ISO 639-1 code
	Day  time.Weekday
}

// WeekdayNames returns the weekday names of calendar.txt with the day
// and the language of each, read from its "=day" lines, which list Monday
// first: English, German, French, Spanish, Italian, Portuguese and Dutch,
// then most other languages of months.txt, whose names are often common
// words elsewhere (Russian "среда", Indonesian "minggu"): a reader of
// running text picks its languages by Lang. Hebrew, Azerbaijani, Albanian
// and Vietnamese names may be two words ("thứ tư"). Portuguese names are also
// ordinals ("a segunda vez", the second time). The slice is a copy.
func WeekdayNames() []WeekdayName {
	calendarOnce.Do(loadCalendar)
	return slices.Clone(dayNames)
}

// Abbreviations written with a dot inside a sentence in the languages
// SpeechIn knows (abbrevs.txt).
//
//go:embed abbrevs.txt
var abbrevData string

var (
	abbrevOnce sync.Once
	abbrevSet  map[string]bool
)

// IsDottedAbbrev reports whether w (any case, without its dot) is an
// abbreviation that German, French, Spanish, Italian, Portuguese or Dutch
// write with a dot inside a sentence ("Dr", "Mme", "Mrd", "ca").
func IsDottedAbbrev(w string) bool {
	abbrevOnce.Do(func() {
		abbrevSet = map[string]bool{}
		for _, line := range strings.Split(abbrevData, "\n") {
			if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
				continue
			}
			for a := range strings.FieldsSeq(line) {
				abbrevSet[a] = true
			}
		}
	})
	return abbrevSet[strings.ToLower(w)]
}
