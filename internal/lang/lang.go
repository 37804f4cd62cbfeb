// Package lang detects the language of a text as an ISO 639-1 code.
//
// It uses whatlanggo, a trigram detector of about 1 MB, rather than lingua-go,
// whose models add about 124 MB to the binary for accuracy that matters only
// on very short texts; article bodies are long enough for trigrams. Its
// detection runs here (detect.go, script.go), the same answers at a
// fraction of the cost; a short text's function words correct it
// (words.go, rule function-words).
package lang

import (
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// sampleBytes bounds the text looked at: a few kilobytes decide the language
// of an article, and detection cost grows with length.
const sampleBytes = 1024

// detectOptions limits the candidates to the languages news is commonly
// published in: whatlanggo's cost grows with the number of candidates, and
// rare languages sharing a script with a common one are its usual misfires on
// short samples.
var detectOptions = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Deu: true, whatlanggo.Fra: true, whatlanggo.Spa: true,
	whatlanggo.Por: true, whatlanggo.Ita: true, whatlanggo.Nld: true, whatlanggo.Pol: true,
	whatlanggo.Rus: true, whatlanggo.Ukr: true, whatlanggo.Cmn: true, whatlanggo.Jpn: true,
	whatlanggo.Kor: true, whatlanggo.Arb: true, whatlanggo.Tur: true, whatlanggo.Swe: true,
	whatlanggo.Dan: true, whatlanggo.Nob: true, whatlanggo.Fin: true, whatlanggo.Ces: true,
	whatlanggo.Hun: true, whatlanggo.Ron: true, whatlanggo.Bul: true,
	whatlanggo.Ell: true, whatlanggo.Heb: true, whatlanggo.Hin: true, whatlanggo.Ben: true,
	whatlanggo.Tha: true, whatlanggo.Vie: true, whatlanggo.Ind: true, whatlanggo.Hrv: true,
	whatlanggo.Srp: true, whatlanggo.Slv: true, whatlanggo.Lit: true, whatlanggo.Lav: true,
	whatlanggo.Est: true, whatlanggo.Pes: true, whatlanggo.Urd: true,
	whatlanggo.Tam: true, whatlanggo.Kat: true, whatlanggo.Afr: true, whatlanggo.Tgl: true,
}}

// minConfidence below which Detect gives up rather than guess.
const minConfidence = 0.2

// Detect returns the ISO 639-1 code of text's language, or "" when unsure.
func Detect(text string) string {
	text = sample(text)
	if len(strings.TrimSpace(text)) < 20 {
		return ""
	}
	info := detectInfo(text)
	if info.Script == unicode.Latin {
		if rest, ok := otherScript(text); ok {
			info = detectInfo(rest)
		}
	}
	code := ""
	if info.Confidence >= minConfidence || info.IsReliable() {
		code = codeOf(info.Lang)
	}
	code = refine(text, code)
	// Rule danish-norwegian (nordic.go): the detector unsure between
	// its two closest profiles.
	if (info.Lang == whatlanggo.Dan || info.Lang == whatlanggo.Nob) && info.Confidence < 1 {
		code = danishNorwegian(text, info.Lang, code)
	}
	// Rule slovenian-croatian (slovenian.go): the detector takes a
	// Slovenian report for Croatian, or is unsure between them.
	if (info.Lang == whatlanggo.Slv || info.Lang == whatlanggo.Hrv) && (code == "" || code == "hr" || code == "sl") {
		code = slovenianCroatian(text, info.Lang, code)
	}
	// Rule malay-indonesian (malay.go): the detector knows no Malay.
	if info.Lang == whatlanggo.Ind && (code == "" || code == "id") {
		code = malayIndonesian(text, code)
	}
	if info.Confidence < 1 && catalanRivals[code] && catalanOver(text, code) {
		code = "ca" // rule catalan-unsure
	}
	if len(text) < shortText && info.Script == unicode.Latin {
		code = functionWords(text, code)
		// The vote makes Spanish of a short Catalan text the detector
		// was unsure of, as the detector does (rules catalan-words and
		// catalan-marks).
		if code == "es" && catalan(text) {
			code = "ca"
		}
	}
	return code
}

// DetectTitled is Detect on a headline read with its body (pipeline's rule
// title-language). Only the sample Detect reads of the body is joined to
// the headline: the whole body was copied for each page to read its first
// kilobyte.
func DetectTitled(title, text string) string {
	if title == "" {
		return Detect(text)
	}
	return Detect(title + "\n\n" + sample(text))
}

// langCodes are the ISO 639-1 codes of whatlanggo's languages, by Lang,
// made once: Lang.Iso6393 builds a map of every language it knows on
// each call (6% of the text path's CPU: lede bench extract --cases
// ../shared/bench/extract-wcxb/cases.jsonl --text-from PEER.jsonl --out
// P.jsonl --cpuprofile cpu.out, at c3793d5).
var langCodes = func() map[whatlanggo.Lang]string {
	m := map[whatlanggo.Lang]string{}
	for l := range whatlanggo.Langs {
		m[l] = iso6391[l.Iso6393()]
	}
	return m
}()

// codeOf is l's ISO 639-1 code, or "" (for a language without one, and
// for none: -1 is in no table).
func codeOf(l whatlanggo.Lang) string {
	return langCodes[l]
}

// sample is text's first sampleBytes bytes, to the end of the last rune.
func sample(text string) string {
	if len(text) > sampleBytes {
		cut := sampleBytes
		for cut < len(text) && text[cut]&0xC0 == 0x80 {
			cut++
		}
		text = text[:cut]
	}
	return text
}

// otherScript is rule other-script: the detector reads a text in the
// script most of its letters are in, so Latin brand names and acronyms
// outweigh a short headline in another script ("Apple تطلق iPhone 16 Pro
// في دبي" was Italian, "Apple iPhone 16 Pro 发布会 2024 在北京举行" Italian,
// "Samsung Galaxy S25 Ultra 출시 행사" Tagalog). When letters of other
// scripts are at least a third of all letters (minOtherLetters at least),
// the text without its Latin words is what to read. A Han, kana or Hangul
// character stands for a word or a syllable, so it counts as
// latinWordLetters letters.
func otherScript(text string) (string, bool) {
	latin, other := 0, 0
	for _, r := range text {
		switch {
		case r < 0x250: // ASCII and Latin letters first: most runes of most texts
			if unicode.IsLetter(r) {
				latin++
			}
		case unicode.IsMark(r) && r >= 0x370:
			// A vowel sign of an Indic script is half its letters (the
			// combining accents of decomposed Latin lie below U+0370).
			other++
		case !unicode.IsLetter(r):
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			other += latinWordLetters
		default:
			other++
		}
	}
	if other < minOtherLetters || 3*other < latin+other {
		return "", false
	}
	var b strings.Builder
	for w := range strings.FieldsSeq(text) {
		latinWord := false
		for _, r := range w {
			if unicode.IsLetter(r) {
				latinWord = r < 0x250
				break
			}
		}
		if !latinWord {
			b.WriteString(w)
			b.WriteByte(' ')
		}
	}
	return b.String(), true
}

// minOtherLetters: fewer letters of another script are a quoted name.
const minOtherLetters = 6

// refine corrects the trigram detector where the script or a few words
// settle what it cannot (each case its own rule):
//   - kana: Japanese always writes hiragana or katakana among its kanji;
//     Chinese never does. A short Japanese headline ("市議会、新しい路面電車の
//     建設を承認") read as Chinese is Japanese.
//   - ukrainian-letters: ї, є and ґ are Ukrainian's alone, and Ukrainian
//     has no ы or э; a short Ukrainian text the detector is unsure of, or
//     takes for Russian, is Ukrainian.
//   - serbian-letters: Serbian and Macedonian Cyrillic write ј (their
//     "is", је, is the commonest word), љ, њ, џ and ђ, ћ or ѓ, ќ, ѕ;
//     a Cyrillic text of a few sentences with none of them that the
//     detector takes for either is Russian ("Правительство приняло
//     бюджет ..."), or Bulgarian when it writes ъ and no ы or э.
//   - russian-letters: ы, э and ё are Russian's among the languages of
//     the whitelist (Ukrainian, Bulgarian, Serbian and Macedonian write
//     none of them; Belarusian, which does, writes і and ў). A headline and a
//     sentence or two ("Мост открыт" / "Движение пошло в субботу. Мэр
//     доволен.") give the trigram detector too little to part the Cyrillic
//     languages: it answers nothing, or Serbian. Under minCyrillic letters,
//     such a letter with none of the others' own ones makes it Russian.
//   - russian-words: a short Russian text may write none of those letters
//     ("Пожар в Твери" / "Огонь потушили к утру. Никто не пострадал."); a
//     word of russianWords, which Ukrainian, Bulgarian, Serbian and
//     Macedonian spell otherwise, does the letter's work.
//   - ukrainian-i: і is Ukrainian's and Belarusian's alone among the
//     Cyrillic languages of the whitelist, and Belarusian writes ў and ы
//     too. A short Ukrainian item may write no ї, є or ґ ("Уряд ухвалив
//     бюджет на наступний рік"), which the detector gives no answer for,
//     or takes for Russian or Serbian; under minCyrillic letters, і with
//     none of ў, ы, э, ё, ъ or Serbian's letters makes it Ukrainian.
//   - slovak-letters: ľ, ĺ, ŕ and ô are Slovak's, ř, ě and ů Czech's; the
//     detector knows no Slovak and takes it for Czech or nothing. It
//     takes a longer Slovak text for Croatian or Slovenian too ("Polícia
//     zadržala v Trnave muža, ktorý podľa vyšetrovateľov ..."), which may
//     name a Slovak: there the letter must come with minWords of
//     slovakOwnWords.
//   - catalan-words: the detector knows no Catalan and takes it for
//     Spanish; Catalan's own function words ("els", "amb", "dels", "però")
//     outnumbering Spanish's ("los", "con", "pero") make it Catalan.
//   - latvian-letters: ā, ē, ī, ķ, ļ, ņ and ģ are Latvian's among the
//     languages of the whitelist (Lithuanian writes ą, ę, ė, į and ų
//     instead, Estonian õ, ä, ö and ü). A short Latvian item shares many
//     trigrams with Lithuanian and Estonian, and the detector takes it for
//     either or answers nothing ("Valdība apstiprina budžetu. Ministre
//     teica, ka nodokļi netiks palielināti."); minLatvianLetters of those
//     letters and none of the neighbours' own make it Latvian.
//   - serbian-latin: the detector reads Serbian in Latin letters as
//     Croatian; its ekavian spellings and own words make it Serbian
//     (serbian.go).
func refine(text, code string) string {
	var kana, han, ukOnly, ruOnly, skOnly, csOnly, srOnly, hardSign, cyrillic, byUkI, shortU, lvOnly, ltEtOnly int
	for _, r := range text {
		if r < 0xC0 { // ASCII and Latin-1 punctuation: no letter counted here
			continue
		}
		switch {
		case r <= 0x17F && strings.ContainsRune(latvianLetters, r): // most runes are no Latin Extended
			lvOnly++
		case r <= 0x17F && strings.ContainsRune(lithuanianEstonianLetters, r):
			ltEtOnly++
		case r >= 0x3040 && r <= 0x30FF:
			kana++
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		case r == 'ї' || r == 'є' || r == 'ґ' || r == 'Ї' || r == 'Є' || r == 'Ґ':
			ukOnly++
		case r == 'ы' || r == 'э' || r == 'ё' || r == 'Ы' || r == 'Э':
			ruOnly++
		case r >= 0x400 && r <= 0x4FF && strings.ContainsRune(serbianLetters, r): // most runes are no Cyrillic
			srOnly++
		case r == 'ъ':
			hardSign++
		case r == 'і' || r == 'ў' || r == 'І' || r == 'Ў':
			byUkI++
			if r == 'ў' || r == 'Ў' {
				shortU++
			}
		case r == 'ľ' || r == 'ĺ' || r == 'ŕ' || r == 'ô' || r == 'Ľ':
			skOnly++
		case r == 'ř' || r == 'ě' || r == 'ů' || r == 'Ř':
			csOnly++
		}
		if r >= 0x400 && r <= 0x4FF {
			cyrillic++
		}
	}
	switch {
	case code == "zh" || code == "" && han > 0:
		if kana >= minKana {
			return "ja"
		}
		if code == "" {
			return "zh"
		}
	case (code == "" || code == "ru") && ukOnly > 0 && ruOnly == 0:
		return "uk"
	case shortCyrillicCodes[code] && cyrillic < minCyrillic && ukOnly+srOnly+byUkI == 0 && (ruOnly > 0 || hasRussianWord(text)):
		return "ru"
	case (shortCyrillicCodes[code] || code == "ru") && code != "uk" && cyrillic < minCyrillic && byUkI > 0 && shortU+ruOnly+hardSign+srOnly == 0:
		return "uk"
	case (code == "sr" || code == "mk") && srOnly == 0 && cyrillic >= minCyrillic:
		if hardSign > 0 && ruOnly == 0 {
			return "bg"
		}
		return "ru"
	case (code == "" || code == "cs") && skOnly > 0 && csOnly == 0:
		return "sk"
	case (code == "hr" || code == "sl") && skOnly > 0 && csOnly == 0 && slovakWords(text) >= minWords:
		return "sk"
	case code == "es" && catalan(text):
		return "ca"
	case (code == "" || code == "lt" || code == "et") && lvOnly >= minLatvianLetters && ltEtOnly == 0:
		return "lv"
	case code == "hr" && serbianLatin(text):
		return "sr"
	}
	return code
}

// shortCyrillicCodes are the answers rule russian-letters corrects in a
// short Cyrillic text: none, or a Cyrillic language that writes no ы, э
// or ё.
var shortCyrillicCodes = map[string]bool{"": true, "sr": true, "mk": true, "bg": true, "uk": true}

// slovakOwnWords are common Slovak words Croatian and Slovenian do not
// write (rule slovak-letters).
var slovakOwnWords = map[string]bool{"sú": true, "bol": true, "bola": true, "bolo": true, "boli": true, "ktorý": true,
	"ktorá": true, "ktoré": true, "ktorí": true, "podľa": true, "tiež": true, "aj": true, "alebo": true, "môže": true,
	"už": true, "ešte": true, "viac": true, "veľmi": true, "keď": true, "však": true}

// slovakWords counts the distinct slovakOwnWords of text (rule
// slovak-letters).
func slovakWords(text string) int {
	n := 0
	for range distinctWords(text, func(w string) bool { return slovakOwnWords[w] }) {
		n++
	}
	return n
}

// russianWords are common Russian words the other Cyrillic languages of
// the whitelist write otherwise (Ukrainian "що", "після", "року";
// Bulgarian "че", "след", "година"; Serbian "што", "после" is shared and
// left out), lower case (rule russian-words).
var russianWords = map[string]bool{"что": true, "чтобы": true, "был": true, "была": true, "было": true, "были": true,
	"будет": true, "который": true, "которая": true, "которое": true, "которые": true, "его": true, "также": true,
	"года": true, "никто": true, "ничего": true, "сегодня": true, "сказал": true, "сообщил": true}

// hasRussianWord: text holds one of russianWords (rule russian-words).
func hasRussianWord(text string) bool {
	for w := range strings.FieldsSeq(text) {
		w = strings.Trim(w, ".,;:!?«»\"()—–-")
		if len(w) <= 2*len("который") && russianWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// serbianLetters are the Cyrillic letters of Serbian and Macedonian that
// Russian and Bulgarian do not write (rule serbian-letters).
const serbianLetters = "јљњџђћѓќѕЈЉЊЏЂЋЃЌЅ"

// latvianLetters are the letters of Latvian no other Latin-script language
// of the whitelist writes; lithuanianEstonianLetters are Lithuanian's and
// Estonian's that Latvian does not (rule latvian-letters).
const (
	latvianLetters            = "āēīķļņģĀĒĪĶĻŅĢ"
	lithuanianEstonianLetters = "ąęėįųõäöüĄĘĖĮŲÕÄÖÜ"
)

// minLatvianLetters: one macron may be a romanised name in another
// language ("Māori", "Tōkyō" writes ō); several letters of Latvian's are
// a Latvian text (rule latvian-letters).
const minLatvianLetters = 3

// minCyrillic: a text of fewer Cyrillic letters (a name, a headline) may
// lack ј by chance (rule serbian-letters).
const minCyrillic = 100

// latinWordLetters: letters in a Latin word, on average (rule other-script).
const latinWordLetters = 5

// minKana: two kana make a text Japanese (a particle and an ending at
// least: "の", "を"); one may be a quoted name in Chinese copy.
const minKana = 2

// Function words of Catalan and of Spanish that the other lacks (rule
// catalan-words).
var (
	catalanWords = map[string]bool{"els": true, "amb": true, "dels": true, "però": true, "també": true, "aquest": true,
		"aquesta": true, "seva": true, "perquè": true, "fins": true, "molt": true, "pels": true, "nosaltres": true, "havia": true,
		"als": true, "és": true, "per": true, "dit": true}
	spanishWords = map[string]bool{"los": true, "con": true, "pero": true, "también": true, "este": true, "esta": true,
		"muy": true, "hasta": true, "porque": true, "y": true, "su": true, "sus": true, "nosotros": true, "había": true}
)

// catalanRivals are the answers the detector gives a Catalan text besides
// Spanish (rule catalan-unsure).
var catalanRivals = map[string]bool{"fr": true, "pt": true, "it": true}

// catalanOver is rule catalan-unsure: the detector takes a Catalan report
// for French, Portuguese or Italian too ("El Barça va guanyar dissabte
// el Girona ... L'entrenador va dir després del partit que està molt
// orgullós dels seus jugadors"), unsure; rule catalan-words, made for a
// Spanish answer, cannot serve, as French and Italian elide ("l'", "d'")
// and write à and è as Catalan does. Words no other Romance language
// writes (catalanOwnWords), minCatalanOwn of them at least and more than
// the words of code's list of rule function-words that Catalan's lacks
// ("le", "et", "est" for French), make it Catalan.
func catalanOver(text, code string) bool {
	ca, rival := 0, 0
	for w := range distinctWords(text, func(w string) bool { return catalanOwnWords[w] || rivalWord(w, code) }) {
		if catalanOwnWords[w] {
			ca++
		} else {
			rival++
		}
	}
	return ca >= minCatalanOwn && ca > rival
}

// minCatalanOwn: one Catalan word may be a name or a quoted phrase (rule
// catalan-unsure).
const minCatalanOwn = 2

// rivalWord: w is a function word of language code's list that Catalan's
// list lacks (rule catalan-unsure).
func rivalWord(w, code string) bool {
	id, ok := wordIDs[w]
	if !ok {
		return false
	}
	own := false
	for _, l := range wordLangs[id] {
		switch voteLangs[l] {
		case "ca":
			return false
		case code:
			own = true
		}
	}
	return own
}

// catalan reports whether text has more of Catalan's function words than
// of Spanish's, and at least two. Rule catalan-marks: a short Catalan item
// may hold none of catalanWords ("Girona inaugura un nou pont.
// L'ajuntament ha informat que el trànsit començarà dilluns."), but
// Catalan elides its article and "de" before a vowel ("l'ajuntament",
// "d'una") and writes à, è, ò, ï and l·l, which Spanish never does: a word
// so marked counts as a Catalan word.
func catalan(text string) bool {
	ca, es := 0, 0
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:!?«»\"()")
		if catalanWords[w] || catalanMarked(w) {
			ca++
		} else if spanishWords[w] {
			es++
		}
	}
	return ca >= 2 && ca > es
}

// catalanMarked: w, a lower-case word, is elided as Catalan elides ("l'",
// "d'" before a letter, either apostrophe) or holds a letter of
// catalanLetters or l·l (rule catalan-marks).
func catalanMarked(w string) bool {
	for _, p := range [...]string{"l'", "d'", "l’", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			return true
		}
	}
	return strings.ContainsAny(w, catalanLetters) || strings.Contains(w, "l·l")
}

// catalanLetters are Catalan's letters that Spanish does not write (rule
// catalan-marks); ç is left out: Spanish sports copy writes "Barça".
const catalanLetters = "àèòï"

// Normalize turns a declared language tag ("en-GB", "EN_us", "deu") into ISO 639-1.
func Normalize(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) == 2 {
		if c, ok := deprecated[tag]; ok {
			return c
		}
		return tag
	}
	if c, ok := iso6391[tag]; ok {
		return c
	}
	return ""
}

// deprecated maps the withdrawn ISO 639-1 codes old templates still declare
// (<html lang="iw">, Java's locale codes) to the current ones.
var deprecated = map[string]string{"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}

// iso6391 maps whatlanggo's ISO 639-3 codes to ISO 639-1.
var iso6391 = map[string]string{
	"eng": "en", "deu": "de", "fra": "fr", "spa": "es", "por": "pt", "ita": "it",
	"nld": "nl", "pol": "pl", "rus": "ru", "ukr": "uk", "cmn": "zh", "jpn": "ja",
	"kor": "ko", "arb": "ar", "ara": "ar", "tur": "tr", "swe": "sv", "dan": "da", "nob": "nb",
	"fin": "fi", "ces": "cs", "slk": "sk", "hun": "hu", "ron": "ro", "bul": "bg",
	"ell": "el", "heb": "he", "hin": "hi", "ben": "bn", "tha": "th", "vie": "vi",
	"ind": "id", "hrv": "hr", "srp": "sr", "slv": "sl", "lit": "lt", "lav": "lv",
	"est": "et", "cat": "ca", "pes": "fa", "urd": "ur", "tam": "ta", "tel": "te",
	"mar": "mr", "kat": "ka", "hye": "hy", "bel": "be", "aze": "az", "uzb": "uz",
	"zul": "zu", "afr": "af", "tgl": "tl", "epo": "eo", "lat": "la", "jav": "jv",
	"mal": "ml", "kan": "kn", "guj": "gu", "pan": "pa", "ori": "or", "amh": "am",
	"mya": "my", "khm": "km", "sin": "si", "nep": "ne", "mkd": "mk", "yid": "yi",
	"sna": "sn", "aka": "ak", "yor": "yo", "ibo": "ig", "hau": "ha", "som": "so", "fil": "tl", "zho": "zh",
	"chi": "zh", "ger": "de", "fre": "fr", "gre": "el", "per": "fa", "fas": "fa",
}
