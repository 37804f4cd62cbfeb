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
// text, HEAD -> this: 40 claims gained a subject (news texts 19, md5 half
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
