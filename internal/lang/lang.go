// Package lang detects the language of a text as an ISO 639-1 code.
//
// It uses whatlanggo, a trigram detector of about 1 MB, rather than lingua-go,
// whose models add about 124 MB to the binary for accuracy that matters only
// on very short texts; article bodies are long enough for trigrams.
package lang

import (
	"strings"

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
	if len(text) > sampleBytes {
		cut := sampleBytes
		for cut < len(text) && text[cut]&0xC0 == 0x80 {
			cut++
		}
		text = text[:cut]
	}
	if len(strings.TrimSpace(text)) < 20 {
		return ""
	}
	info := whatlanggo.DetectWithOptions(text, detectOptions)
	if info.Confidence < minConfidence && !info.IsReliable() {
		return ""
	}
	return iso6391[info.Lang.Iso6393()]
}

// Normalize turns a declared language tag ("en-GB", "EN_us", "deu") into ISO 639-1.
func Normalize(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) == 2 {
		return tag
	}
	if c, ok := iso6391[tag]; ok {
		return c
	}
	return ""
}

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
	"sna": "sn", "aka": "ak", "yor": "yo", "ibo": "ig", "hau": "ha", "som": "so",
}
