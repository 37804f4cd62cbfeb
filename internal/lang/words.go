package lang

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// functionWords is rule function-words: on a short Latin-script text the
// trigram detector misfires ("Ferry" over one English sentence of quoted
// speech was Portuguese), while the short words every sentence holds
// (articles, pronouns, prepositions, auxiliaries) say the language plainly.
// On a text under shortText bytes, the listed language with the most
// distinct function words in it (minWords at least) replaces
//   - the detector's answer when that is a listed language with fewer
//     than half as many (the answer of an unlisted language, Vietnamese or
//     Lithuanian, stands: nothing here can speak for or against it);
//   - no answer, when no other language has as many;
//
// unless the text holds a letter beyond ASCII that language does not
// write ("ł" is never Portuguese). Longer texts keep the detector's answer
// (a 200-byte prefix is given its language 99% of the time without the
// rule: the table below).
//
// Measured by a scratch program outside the repo (no command reruns it)
// on short prefixes of long texts labelled by Detect on the whole text
// (the gold bodies of shared/bench/extract and extract-wcxb, over 2,000
// bytes and confidence 1, or Lede's own extraction of the page when the
// gold is snippets: 1,765 texts, 1,475 English, 260 German, 30 of 10 other
// languages), and on the 966 English texts of shared/bench/quotes; share of
// prefixes not given their language (wrong or none), md5(id)%2 halves:
//
//	extract sets  first sentence      31.3% -> 25.4%, 30.9% -> 25.7%
//	              title + sentence    17.2% -> 12.1%, 17.1% -> 11.9%
//	              first 100 bytes      7.5% ->  2.5%,  6.2% ->  2.1%
//	              first 200 bytes      1.1% ->  0.6%,  1.2% ->  0.7%
//	quotes        first sentence      24.5% -> 23.0%, 24.6% -> 20.9%
//	              title + sentence     6.7% ->  2.5%,  6.0% ->  2.8%
//	              first 100 bytes      6.0% ->  1.0%,  4.8% ->  0.6%
//	              first 200 bytes      0.4% ->  0.0%,  0.2% ->  0.0%
//
// 378 prefixes gained their language (English 345, German 27, Spanish 3,
// Italian 2, French 2, Polish 1) and one lost it (an English product list
// read as Italian); 400-byte prefixes and every text over 300 bytes are
// unchanged by construction.
func functionWords(text, code string) string {
	if code != "" && !slices.Contains(voteLangs, code) {
		return code
	}
	best, n, second, codeN := wordVote(text, code)
	if frame, ok := outsideQuotes(text); ok {
		if fb, fn, fs, fc := wordVote(frame, code); fn >= minWords { // rule quote-frame
			second, codeN = fs, fc
			if fb != best {
				text, best, n = frame, fb, fn
			}
		}
	}
	switch {
	case best == code || n < minWords:
		return code
	case code == "" && n <= second:
		return code
	case code != "" && n < 2*codeN+1:
		return code
	case foreignLetter(text, best):
		return code
	}
	return best
}

// catalanOwnWords are Catalan words Spanish, French, Italian and
// Portuguese do not write (rule catalan-vote): most of Catalan's
// function words are theirs too ("la", "un", "per", "va"), and a short
// Italian item ("La polizia ha arrestato un uomo a Genova per furto.")
// may hold more of them than of Italian's own.
var catalanOwnWords = map[string]bool{"els": true, "dels": true, "pels": true, "amb": true, "però": true, "també": true,
	"és": true, "són": true, "segons": true, "després": true, "perquè": true, "aquest": true, "aquesta": true,
	"aquests": true, "aquestes": true, "seva": true, "molt": true, "fins": true,
	"ningú": true, "dilluns": true, "dimarts": true, "dimecres": true, "dijous": true, "divendres": true,
	"dissabte": true, "diumenge": true}

// catalanVote is Catalan's index in voteLangs (rule catalan-vote).
var catalanVote = slices.Index(voteLangs, "ca")

// outsideQuotes is rule quote-frame: a short item may open with a quote
// in another language than its own (“Wir schaffen das nicht allein,”
// said the mayor of Lindau on Tuesday.), whose words outvote the
// report's; the words outside the quotation marks are the report's
// language. It returns text without its quoted spans, and whether it had
// any; unbalanced marks, which may be no quotes at all (inches, a quote
// cut off), give none. Each of quoteMarks opens a quote outside one and
// closes it inside: German closes „ with “, English opens with it.
// When the words outside the quotes hold minWords function words at
// least, the quotes' words count for no other language than theirs: the
// vote is theirs if they say another language than the whole text; when
// they say the same, the quotes are in the report's language and their
// words count for it.
func outsideQuotes(text string) (string, bool) {
	if !strings.ContainsAny(text, quoteMarks) {
		return "", false
	}
	var b strings.Builder
	inside, marks := false, 0
	for _, r := range text {
		if strings.ContainsRune(quoteMarks, r) {
			inside = !inside
			marks++
			b.WriteByte(' ')
			continue
		}
		if !inside {
			b.WriteRune(r)
		}
	}
	if marks%2 != 0 {
		return "", false
	}
	return b.String(), true
}

// quoteMarks are the double quotation marks of the voting languages
// (rule quote-frame); single ones are apostrophes too often.
const quoteMarks = "\"“”„«»"

// shortText: texts shorter than this many bytes are put to the vote (rule
// function-words).
const shortText = 300

// minWords: fewer distinct function words are no evidence (rule
// function-words): "a" or "de" alone is in many languages.
const minWords = 2

// functionWordLists are the commonest short words of the Latin-script
// languages the detector knows (rule function-words), general knowledge of
// each language: articles, pronouns, prepositions, conjunctions,
// auxiliaries and the verbs of saying news repeats. A word of several
// languages ("de", "en", "in") is listed, and counts, in each. Words are
// letters only: "isn't" is "isn" and "t", "l'an" is "l" and "an".
//
// Catalan is listed though the detector knows no Catalan (rule
// catalan-vote): a short Catalan item is read as French, Portuguese or
// Spanish, or nothing ("Els bombers van acudir diumenge a un edifici del
// centre. Ningú no va resultar ferit."), and its words ("els", "amb",
// "va", "van", "segons") outnumber theirs. It comes after the languages
// it shares most words with, so a tie goes to them, and votes only in a
// text holding a word of catalanOwnWords.
//
// Slovak is listed though the detector knows no Slovak (rule
// slovak-words): a short Slovak item is read as Czech, Italian, Estonian
// or nothing ("Vláda schválila rozpočet, dane sa nezvýšia."), and its
// words ("sa", "sú", "ako", "bol", "podľa") against Czech's ("se", "jsou",
// "jako", "byl", "podle") say Slovak. It comes before Czech: a tie of
// their shared words ("a", "na", "je", "že") between them goes to Slovak,
// unless ř, ě or ů rule it out, when the detector's answer stands.
var functionWordLists = [...]struct{ lang, words string }{
	{"en", "the a and of to is was were are said says that with this these from have has had would will not they their it its been by as his she who which but or an after about into than what when there our you your we i my at on for be he her in how do does can all more new if so s t don isn"},
	{"de", "der die das und ist nicht mit sich auf für dem den des ein eine einer eines zu von im auch es sie er wir wird wurde werden hat haben sind war bei nach aus wie noch nur oder aber dass über vor zum zur am sagte sagt ich um als in an so"},
	{"fr", "l d qu le la les et est des du un une dans pour pas qui que sur au aux avec ce cette il elle ils sont ont été a à en de par plus ne se son sa ses mais ou nous vous je selon leur était dit"},
	{"es", "el la los las y que en de del un una es por con para se no su sus al lo como más pero fue ha han según dijo está son este esta entre sobre también muy ya o le sin"},
	{"pt", "o os a as e que de do da dos das em no na nos nas um uma é não para com por se ao à mais mas foi são ser seu sua como disse está também pelo pela entre sobre já ou ele ela"},
	{"it", "l dell il lo la i gli le e è di del della dei delle che in un una per non con si da al alla sono ha hanno anche come più ma questo questa detto nel nella su stato essere"},
	{"ca", "l d el la els les i de del dels a al als en un una que no es se s per amb va van ha han hi ho és són com més però també sobre entre segons després quan on molt fins aquest aquesta seva seu seus perquè"},
	{"nl", "de het een en van is dat niet met voor op te zijn in die aan ook er om maar werd wordt heeft hebben naar bij nog dit deze als door over zei uit ze we ik hij tot"},
	{"af", "die en van is het nie in te vir met dat op sy hy ook om wat aan word deur was nog maar sal kan na ons hulle n"},
	{"da", "og i at det er en til på den af for med som ikke de har var et han hun sig fra men om blev efter også kan skal vil jeg vi sagde siger over"},
	{"nb", "og i det er en til på som av for med ikke de har var et han hun seg fra men om ble etter også kan skal vil jeg vi sa sier at å"},
	{"sv", "och i att det är en ett som på av för med inte de har var till han hon sig från men om blev efter också kan ska vill jag vi sa säger den"},
	{"tl", "ang ng mga sa na at ay si ni hindi ko mo siya kanyang para ito iyon lang din rin nang may"},
	{"ro", "și în de la cu pe nu este sunt că un o care pentru din mai a al ale lui fost sau dar acest această"},
	{"et", "ja on ei et see oli kui ka mis aga ning oma või seda tema nad siis veel"},
	{"id", "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah oleh mereka kata telah sudah"},
	{"fi", "ja on ei se että oli mutta myös hän ovat kun tai jo niin sen joka mukaan vuonna kuin"},
	{"sk", "a sa na je že v vo pre s so z zo do to ako ale by bol bola bolo boli ktoré ktorý ktorá podľa sú aj aby od po tiež už"},
	{"cs", "a se na je že v ve pro s z do to jako ale by byl byla bylo které který která podle jsou také od po"},
	{"tr", "ve bir bu için ile da de değil çok gibi daha olarak olan ama en kadar sonra göre"},
	{"hu", "a az és hogy nem egy van is meg de el már csak mint volt szerint után"},
	{"pl", "i w z na się nie że do to jest o od po jak ale przez dla za oraz który która które był była są tym jego jej"},
}

// voteLangs are the languages of functionWordLists, in order (a tie goes
// to the first); wordIDs numbers the function words, and wordLangs[id]
// are the indexes of the languages listing word id.
var voteLangs, wordIDs, wordLangs = func() ([]string, map[string]uint16, [][]uint8) {
	var langs []string
	ids := map[string]uint16{}
	var byID [][]uint8
	for i, l := range functionWordLists {
		langs = append(langs, l.lang)
		for w := range strings.FieldsSeq(l.words) {
			id, ok := ids[w]
			if !ok {
				id = uint16(len(byID))
				ids[w] = id
				byID = append(byID, nil)
			}
			byID[id] = append(byID[id], uint8(i))
		}
	}
	return langs, ids, byID
}()

// letters are the letters beyond ASCII each voting language writes (rule
// function-words): a text holding another one ("ł", "ř", "ş") is not in
// that language, whatever its short words say.
var letters = map[string]string{
	"en": "", "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü", "pt": "ãáâàçéêíóôõú",
	"it": "àèéìíîòóùú", "ca": "àèéíïòóúüç", "nl": "éëïöüè", "af": "êëéèîïôûáóú", "da": "æøåé", "nb": "æøåéòô",
	"sv": "åäöé", "tl": "ñ", "ro": "ăâîșşțţ", "et": "äöõüšž", "id": "é", "fi": "äöå",
	"cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "tr": "çğıöşüâî", "hu": "áéíóöőúüű", "pl": "ąćęłńóśźż",
}

// maxWordBytes: a longer word is no function word.
const maxWordBytes = 32

// wordVote counts the distinct function words of each listed language in
// text (rule function-words): the language with most, its count, the
// count of the runner-up, and code's (0 for a language without a list).
func wordVote(text, code string) (best string, n, second, codeN int) {
	var votes [len(functionWordLists)]int
	var buf [maxWordBytes]byte
	var seenBuf [64]uint16
	seen := seenBuf[:0] // the words counted: each once
	catalanOwn := false
	for i := 0; i < len(text); {
		r, size := decodeRune(text, i)
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		// A word: its letters, lower-cased into buf.
		w, long := buf[:0], false
		for i < len(text) {
			r, size = decodeRune(text, i)
			if !unicode.IsLetter(r) {
				break
			}
			if lr := unicode.ToLower(r); !long && len(w)+utf8.RuneLen(lr) <= len(buf) {
				w = utf8.AppendRune(w, lr)
			} else {
				long = true
			}
			i += size
		}
		if long {
			continue
		}
		if catalanOwnWords[string(w)] {
			catalanOwn = true
		}
		id, ok := wordIDs[string(w)]
		if !ok || slices.Contains(seen, id) {
			continue
		}
		seen = append(seen, id)
		for _, l := range wordLangs[id] {
			votes[l]++
		}
	}
	if !catalanOwn {
		votes[catalanVote] = 0 // rule catalan-vote
	}
	bi := 0
	for i, l := range voteLangs {
		if votes[i] > votes[bi] {
			bi = i
		}
		if l == code {
			codeN = votes[i]
		}
	}
	for i := range voteLangs {
		if i != bi {
			second = max(second, votes[i])
		}
	}
	return voteLangs[bi], votes[bi], second, codeN
}

// decodeRune is the rune at text[i] and its size, ASCII first.
func decodeRune(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// foreignLetter reports whether text holds a letter beyond ASCII that
// language l does not write (rule function-words).
func foreignLetter(text, l string) bool {
	own := letters[l]
	for _, r := range text {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) && !strings.ContainsRune(own, unicode.ToLower(r)) {
			return true
		}
	}
	return false
}

// distinctWords yields the lower-case words of text that keep accepts,
// each once (rules danish-norwegian, slovenian-croatian,
// malay-indonesian, slovak-letters, catalan-unsure and serbian-latin).
// Only the kept words are remembered: a text's other words cost no
// search.
func distinctWords(text string, keep func(string) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		var seen []string
		for w := range strings.FieldsFuncSeq(strings.ToLower(text), notLetter) {
			if !keep(w) || slices.Contains(seen, w) {
				continue
			}
			seen = append(seen, w)
			if !yield(w) {
				return
			}
		}
	}
}

// notLetter splits text into words.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }
