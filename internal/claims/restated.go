package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// restatedSubject is rule restatedFigure: a figure with no subject right
// after another, joined by "or" or opened by a bracket, restates it in
// another unit ("Tarrow Rail fell 31 cents, or 1.2 percent", "a fare of
// 40 euros ($43)", "9 miles (14 kilometres)", "one in four riders
// (25%)"): it measures what that one measured, whose subject it takes.
// A bracket restates only a figure of its kind (money, a length, a mass,
// a temperature, a share); a poll's "8 points (51 percent to 43
// percent)" breaks a margin into two shares, no restatement. prev is the
// claim before c; "" when the rule does not hold. /tmp/T/ana.sh over each
// text, 3f5c5216^ -> 3f5c5216: 40 claims gained a subject (news texts 19, md5 half
// of the file name 13/27), 36 right; 4 of web pages took a poor subject
// of the figure before (a verb, half a clause).
func restatedSubject(text string, prev, c model.Claim) string {
	// A unit alone is no subject (rule unitEcho clears it later).
	echo := strings.EqualFold(c.Subject, c.Unit) && measureWords[strings.ToLower(c.Subject)]
	if c.Subject != "" && !echo || prev.Subject == "" || prev.End > c.Start {
		return ""
	}
	// The one before had no subject of its own: a unit ("ounces"), or a
	// word's tail ("-wide").
	if r := prev.Subject[0]; !unicode.IsLetter(rune(r)) && r < utf8.RuneSelf || strings.EqualFold(prev.Subject, prev.Unit) || measureWords[strings.ToLower(prev.Subject)] {
		return ""
	}
	gap := strings.Trim(text[prev.End:c.Start], " ,")
	switch {
	case gap == "or":
		return prev.Subject
	case gap == "(" && sameKind(prev.Unit, c.Unit):
		return prev.Subject
	}
	return ""
}

// sameKind reports whether units a and b measure one kind of thing, so
// that a figure in b in brackets after one in a restates it (rule
// restatedFigure).
func sameKind(a, b string) bool {
	switch {
	case moneyUnits[a] && moneyUnits[b]:
		return true
	case b == UnitPercent:
		return a == UnitRatio || a == "" // "three in five (61%)", "a majority (58%)"
	}
	ka, kb := unitKinds[a], unitKinds[b]
	return ka != "" && ka == kb
}

// unitKinds are the kinds of measure a bracket may convert (rule
// restatedFigure).
var unitKinds = func() map[string]string {
	m := map[string]string{UnitCelsius: "temperature", UnitFahrenheit: "temperature"}
	for kind, units := range map[string]string{
		"length": `miles mile kilometres kilometers kilometre kilometer km metres meters metre meter m feet foot ft
yards yard inches inch centimetres centimeters cm millimetres millimeters mm`,
		"mass":   `pounds pound lbs lb kilograms kilogram kg grams gram g ounces ounce oz tons tonnes ton tonne`,
		"volume": `litres liters litre liter gallons gallon`,
	} {
		for u := range strings.FieldsSeq(units) {
			m[u] = kind
		}
	}
	return m
}()

// bracketHead is rule bracketLabel: a figure alone in brackets after a
// noun phrase ("backing from older teachers (58 percent)", "the Velmar
// line (40%)", "the Orvan kettle ($75)") measures that phrase: the
// claim had no subject. The phrase is read back from the bracket at
// toks[k] over at most maxBracketHead words, to a mark, a preposition, a
// verb or past an article; "" when no word stands right before it.
// /tmp/T/ana.sh over each text, e2d0c5b0^ -> e2d0c5b0: 142 subject-less claims
// gained one (news texts 21, md5 half of the file name 72/70); news 20
// right, 1 wrong; web pages about 100 right, 20 wrong (a table's column
// labels, half a phrase), none that had a subject changed.
func bracketHead(text string, toks []token, k int) string {
	end := k - 1
	// A figure's own noun ("by 8 points (51 percent to 43 percent)",
	// "one in four (26 per cent)") or a letter ("Model Q ($240)") names
	// no phrase.
	if end < 1 || toks[end].kind != tWord || len(toks[end].text) < 2 || toks[end-1].kind == tNum || smallNumbers[toks[end-1].lower] > 0 ||
		smallNumbers[toks[end].lower] > 0 || scales[toks[end].lower] > 0 || measureWords[toks[end].lower] || bracketStops[toks[end].lower] {
		return ""
	}
	i := end
	for i > 0 && end-i+1 < maxBracketHead {
		w := toks[i-1]
		if w.kind != tWord || danglingPreps[w.lower] || verbLike(w) || relativeWords[w.lower] || bracketStops[w.lower] {
			break
		}
		i--
		if articles[w.lower] {
			break
		}
	}
	if bracketStops[toks[i].lower] || i > 0 && comparedIn[toks[i-1].lower] {
		return "" // "fast than slow (33%)": the phrase is a comparison's
	}
	return text[toks[i].start:toks[end].end]
}

// bracketStops end the phrase rule bracketLabel reads back: a
// conjunction, a comparison or a word that sets the figure in a group
// ("higher among cyclists (30%)", "than by bus (27%)").
var bracketStops = setOf(`and or but than among including while whereas equally more less higher lower
themselves itself half quarter quarters thirds points percent`)

// comparedIn set the phrase after them against another (rule
// bracketLabel): it names one side of a comparison, no measured thing.
var comparedIn = setOf(`than among including versus`)

// maxBracketHead bounds the words rule bracketLabel reads back: "a
// seasoned ferry skipper", "older riders".
const maxBracketHead = 4
