package claims

// langPartOfWhole is rule langPartOfWhole, German's rule partOfWhole: "12
// von 150 Sitzen", "20 von 28 Millionen Menschen" count the part, of the
// whole's noun and scale; the whole was read alone ("150 Sitzen", "28
// Millionen Menschen") and the part lost. A part of a bare ten or hundred
// is a ratio, as English "eight of 10" is (rule ratioOf): "8 von 10
// Pendlern" is 0.8. The part is toks[k], a whole number below the
// whole's; "3 von 3 Punkten" (a rating) is left. /tmp/T/ana.sh over
// each text, e8368a4b^ -> e8368a4b (with rule galleryCounter): 2 claims of news
// texts took their part's value (md5 half of the file name 1/1), right.
func langPartOfWhole(toks []ltok, k int, ln *langNum, lang string) (langExpr, bool) {
	if !vonNumber(toks, k, lang) || toks[k+2].value <= toks[k].value || !wholeNumber(toks[k].text) {
		return langExpr{}, false
	}
	if ratioBases[toks[k+2].value] && wholeNumber(toks[k+2].text) {
		return langExpr{i: k, j: k + 3, value: toks[k].value / toks[k+2].value, unit: UnitRatio}, true
	}
	e2, ok := langExprAt(toks, k+2, ln)
	if !ok || e2.i != k+2 || e2.hasMax || e2.unit == "" || e2.unit == UnitPercent || e2.unit == UnitPoints || e2.unit == UnitRatio || moneyUnits[e2.unit] {
		return langExpr{}, false
	}
	scale := e2.value / toks[k+2].value // "28 Millionen": a million
	return langExpr{i: k, j: e2.j, value: toks[k].value * scale, unit: e2.unit, scaled: e2.scaled}, true
}

// vonNumber reports German "N von M" at toks[k]: "von" and a number after
// it (rules langPartOfWhole and galleryCounter).
func vonNumber(toks []ltok, k int, lang string) bool {
	return lang == "de" && k+2 < len(toks) && toks[k+1].lower == "von" && toks[k+2].num
}

// wholeNumber reports whether a number is written in digits alone ("16",
// not "1,5" nor "3.500").
func wholeNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// galleryCounter is rule galleryCounter: "Bild 4 von 12", "Foto 2 von
// 9", "Seite 1 von 5", a picture gallery's or a list's place counter that
// a text extractor kept with its caption ("Bild schließen 4 von 12 Rühre
// den Quark unter"), is no claim: its whole was read as a count of the
// word after it. The counter's word is among the maxCounterGap words
// before it.
// /tmp/T/ana.sh over each text, e8368a4b^ -> e8368a4b: a recipe's 11 step
// counters went (md5 half of the file name a); 6 quantities they hid
// came out as claims, values right, 2 subjects wrong (the bowl a flour
// goes in).
func galleryCounter(toks []ltok, k int, lang string) bool {
	if !vonNumber(toks, k, lang) {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-maxCounterGap; m-- {
		if counterWords[toks[m].lower] {
			return true
		}
	}
	return false
}

// maxCounterGap bounds the words between a gallery counter's word and its
// number: "Bild schließen 4 von 12" holds one, "Foto ansehen
// Foto schließen 2 von 9" one.
const maxCounterGap = 2

// counterWords name what a gallery or a list counts through (rule
// galleryCounter).
var counterWords = setOf(`bild bilder foto fotos seite schritt folie galerie schließen`)
