package textclean

import (
	"maps"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/lexicon"
)

// dialogueMarkers open a line of dialogue in the languages that set speech
// off with a dash rather than quotation marks ("– Kommer du?, frågade
// hon." in Swedish, Polish, Russian, Norwegian, Italian...). They are also
// list bullets ("- item", "– item"), so listItem reads them as one.
var dialogueMarkers = []string{"– ", "— ", "- "}

// maxDialogueScan bounds the lines rule dialogue-dash looks at on each side
// of a line, so a page of thousands of bullets stays linear.
const maxDialogueScan = 40

// dialogueLine is rule dialogue-dash: a dash-led line in a run of dash-led
// lines one of which attributes its speech ("– Nie wiem – odpowiedział
// Jan.", "– Det blir dyrt, säger hon.") is a paragraph
// of dialogue, not a list item: it keeps its dash, which is part of the
// text (the reader sees who speaks where), and stays a paragraph. The
// other lines of the run are its replies ("– Ja.") and go with it. A list's
// items do not report speech after a comma or a dash. lede bench extract
// --text-from --halves: the four runs' figures unchanged (a dash is no
// word token), readeck's extract/ texts give one page's dialogue its
// dashes back, the other three runs and the HTML path byte-identical.
func (p *parser) dialogueLine(i int) bool {
	if !dialogueLed(p.lines[i]) {
		return false
	}
	if attributesSpeech(p.lines[i]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-maxDialogueScan && dialogueLed(p.lines[j]); j-- {
		if attributesSpeech(p.lines[j]) {
			return true
		}
	}
	for j := i + 1; j < len(p.lines) && j <= i+maxDialogueScan && dialogueLed(p.lines[j]); j++ {
		if attributesSpeech(p.lines[j]) {
			return true
		}
	}
	return false
}

// maxDialogueLen: a line of dialogue is a paragraph at most; a page
// flattened onto one dash-led line (an extractor's one list item) is no
// dialogue, whatever speech it reports somewhere.
const maxDialogueLen = 800

// dialogueLed: the line opens with a dash and a space.
func dialogueLed(s string) bool {
	if len(s) > maxDialogueLen {
		return false
	}
	for _, m := range dialogueMarkers {
		if strings.HasPrefix(s, m) && len(s) > len(m) {
			return true
		}
	}
	return false
}

// attributesSpeech: after the opening dash, a comma, question or
// exclamation mark, an ellipsis or another dash is followed by a speech
// verb ("..., säger hon", "...? – zapytał", "... – odpowiedziała") that
// closes its sentence (rule dialogue-attribution).
func attributesSpeech(s string) bool {
	_, rest, _ := strings.Cut(s, " ")
	prevPunct := false
	for k, r := range rest {
		switch {
		case r == ',' || r == '?' || r == '!' || r == '…' || r == '–' || r == '—':
			prevPunct = true
			continue
		case r == ' ' || r == '-':
			continue
		}
		if prevPunct && unicode.IsLower(r) && dialogueVerb(firstWordLower(rest[k:])) && closesSentence(rest[k:]) {
			return true
		}
		if prevPunct && compoundPastSpeech(rest[k:]) {
			return true
		}
		prevPunct = false
	}
	return false
}

// dialogueAuxiliaries open the compound past of French and Italian
// ("a déclaré", "ha detto"), rule dialogue-compound-past.
var dialogueAuxiliaries = map[string]bool{"a": true, "ha": true}

// dialogueParticiples are the past participles of French and Italian
// speech verbs, after dialogueAuxiliaries (rule dialogue-compound-past).
var dialogueParticiples = map[string]bool{"déclaré": true, "dit": true, "répondu": true, "rétorqué": true, "ajouté": true,
	"expliqué": true, "affirmé": true, "souligné": true, "assuré": true, "précisé": true, "lancé": true, "demandé": true,
	"detto": true, "dichiarato": true, "risposto": true, "aggiunto": true, "spiegato": true, "sottolineato": true, "chiesto": true}

// compoundPastSpeech is rule dialogue-compound-past: French and Italian
// attribute a dash-led reply in the compound past ("– Ce budget est
// responsable, a déclaré le maire.", "– Non è vero, ha risposto"), whose
// first word, the auxiliary, is no speech verb: the participle after it
// is, and it closes the sentence as dialogue-attribution asks.
func compoundPastSpeech(s string) bool {
	aux, rest, ok := strings.Cut(s, " ")
	if !ok || !dialogueAuxiliaries[aux] {
		return false
	}
	return dialogueParticiples[firstWordLower(rest)] && closesSentence(rest)
}

// maxAttributionWords bounds the speaker after the verb of rule
// dialogue-attribution ("säger hon", "odpowiedział starszy konduktor
// pociągu"): the attribution ends the sentence there.
const maxAttributionWords = 3

// closesSentence is rule dialogue-attribution: the verb opening s and at
// most maxAttributionWords words after it end the sentence (a stop, a
// comma, a dash or the line's end): "säger hon." attributes a reply,
// "ask the driver which stop is next" in a list item does not.
func closesSentence(s string) bool {
	words := 0
	inWord := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-':
			if !inWord {
				words++
				inWord = true
			}
			if words > maxAttributionWords+1 {
				return false
			}
		case r == ' ':
			inWord = false
		default:
			return true
		}
	}
	return true
}

// firstWordLower: the letters that open s, lower case.
func firstWordLower(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// dialogueVerb: a speech verb of the languages lexicon knows besides
// English (German, French, Spanish, Italian, Dutch, Portuguese), or one of
// dialogueVerbs. Not English's (rule dialogue-not-english): English sets
// speech in quotation marks, and its list holds base forms and nouns
// ("write", "stress", "maintain", "ask") that follow commas in a list's
// items. lede bench extract --cases ../shared/bench/extract-wcxb/cases.jsonl
// --text-from GOLD.jsonl (a line {"id", "text"} per page holding its gold
// title and body, so the text path's losses show): the first dialogue-dash kept the dashes of 81
// pages' list items as dialogue; with rules dialogue-attribution,
// dialogue-not-english and dialogue-not-particle none (the run is
// byte-identical with 110cdd50's), and the one page of readeck's extract/
// texts whose Norwegian dialogue got its dashes back keeps them.
func dialogueVerb(w string) bool {
	if w == "" {
		return false
	}
	dialogueOnce.Do(loadDialogueVerbs)
	return dialogueVerbSet[w]
}

var (
	dialogueOnce sync.Once
	// dialogueVerbSet is dialogueVerbs with the speech verbs of every
	// language of lexicon.SpeechIn, merged once: dialogueVerb is asked of
	// the words after a comma or a dash in a dash-led line, again for each
	// dash-led line within maxDialogueScan of it, and read
	// lexicon.Languages (a new sorted slice) and six maps on each call.
	// go test ./internal/textclean -run '^$' -bench DashList -benchmem:
	// 58,268 allocations an Extract before, 188 after
	dialogueVerbSet map[string]bool
)

// minDialogueVerbLen is rule dialogue-not-particle's shortest verb.
const minDialogueVerbLen = 3

func loadDialogueVerbs() {
	dialogueVerbSet = maps.Clone(dialogueVerbs)
	for _, l := range lexicon.Languages() {
		if s := lexicon.SpeechIn(l); s != nil {
			for w, ok := range s.Verbs {
				// dialogue-not-particle: German's "so" ("so der
				// Minister") opens English clauses after a comma (",
				// so you can"); no verb of a dash-led reply has under
				// three letters (Swedish "sa" is left out below).
				if ok && utf8.RuneCountInString(w) >= minDialogueVerbLen {
					dialogueVerbSet[w] = true
				}
			}
		}
	}
}

// dialogueVerbs: speech verbs, third person, of the languages that write
// dialogue with dashes and that lexicon has no speech list for (Swedish,
// Norwegian, Danish, Finnish, Polish, Czech, Russian, Ukrainian), and the
// verbs of asking and calling out that the quote lexicons of German,
// French, Spanish and Italian leave out (English's "asked", "asks" and
// "shouted" are in lexicon's speechverbs.txt). Swedish "sa" is left out:
// French writes "sa" (her, his) after a comma. The Swedish, Danish and
// Norwegian lists of package quotes (nordicSpeech, unexported) are not
// these: they hold other verbs ("berättade", and "sa"), so reading them
// would change which runs are dialogue.
var dialogueVerbs = map[string]bool{
	// asking and calling out: German, French, Spanish, Italian
	"fragt": true, "fragte": true, "ruft": true, "rief": true,
	"demande": true, "demanda": true, "répondit": true, "pregunta": true, "preguntó": true, "gritó": true,
	"chiede": true, "chiese": true, "gridò": true,
	// Swedish, Norwegian, Danish
	"säger": true, "sade": true, "frågar": true, "frågade": true, "svarar": true, "svarade": true,
	"sier": true, "spør": true, "spurte": true, "svarer": true, "svarte": true,
	"siger": true, "sagde": true, "spørger": true, "spurgte": true, "svarede": true,
	// Finnish
	"sanoo": true, "sanoi": true, "kysyy": true, "kysyi": true, "vastaa": true, "vastasi": true,
	// Polish
	"mówi": true, "powiedział": true, "powiedziała": true, "pyta": true, "zapytał": true, "zapytała": true,
	"odpowiada": true, "odpowiedział": true, "odpowiedziała": true, "dodał": true, "dodała": true,
	"krzyknął": true, "krzyknęła": true,
	// rule dialogue-verbs-pl-ru: the reporting verbs of Polish and Russian
	// news dialogue ("– Most będzie gotowy – podkreślił burmistrz"); without
	// them such a run read as a dash-led list and lost its dashes.
	"podkreślił": true, "podkreśliła": true, "stwierdził": true, "stwierdziła": true,
	"zaznaczył": true, "zaznaczyła": true, "oświadczył": true, "oświadczyła": true,
	"przekonywał": true, "przekonywała": true, "tłumaczył": true, "tłumaczyła": true,
	"wyjaśnił": true, "wyjaśniła": true, "zauważył": true, "zauważyła": true,
	"mówił": true, "mówiła": true, "zapewnił": true, "zapewniła": true,
	// Czech
	"říká": true, "řekl": true, "řekla": true, "ptá": true, "zeptal": true, "zeptala": true, "odpověděl": true, "odpověděla": true,
	// Russian, Ukrainian
	"говорит": true, "сказал": true, "сказала": true, "спросил": true, "спросила": true, "ответил": true, "ответила": true,
	// rule dialogue-verbs-pl-ru (above)
	"заявил": true, "заявила": true, "отметил": true, "отметила": true, "подчеркнул": true, "подчеркнула": true,
	"добавил": true, "добавила": true, "пояснил": true, "пояснила": true, "уточнил": true, "уточнила": true,
	"сообщил": true, "сообщила": true, "признался": true, "призналась": true, "рассказал": true, "рассказала": true,
	"каже": true, "сказав": true, "сказала́": true, "запитав": true, "відповів": true, "відповіла": true,
	// rule dialogue-verbs-uk-cs: Ukrainian and Czech reporting verbs, as
	// dialogue-verbs-pl-ru ("– ..., – заявив мер", "– ..., – uvedl starosta")
	"заявив": true, "зазначив": true, "зазначила": true, "наголосив": true, "наголосила": true,
	"додав": true, "додала": true, "підкреслив": true, "підкреслила": true, "пояснив": true,
	"uvedl": true, "uvedla": true, "dodal": true, "dodala": true, "zdůraznil": true, "zdůraznila": true,
	"poznamenal": true, "poznamenala": true, "vysvětlil": true, "vysvětlila": true, "prohlásil": true, "prohlásila": true,
}
