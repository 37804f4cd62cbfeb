package claims

import "strings"

// rateWords make the word after them the period or base of a rate, in
// the languages whose rules write the rate word before it: German "300
// Liter pro Tag", "3 Euro je Person", Dutch "40 liter per dag" (rules
// rateUnit and rateSubject).
var rateWords = map[*langNum]map[string]bool{
	langNums["de"]: setOf(`pro je`),
	langNums["nl"]: setOf(`per`),
}

// speedLengths and speedTimes make a rate a speed ("7 Meter pro
// Sekunde", "90 Kilometer pro Stunde"): a unit of its own, which says
// nothing of what the subject measures (rule rateSubject).
var (
	speedLengths = setOf(`meter metern kilometer kilometern m km`)
	speedTimes   = setOf(`sekunde stunde`)
)

// rateSubject is rule rateSubject: a rate written after the figure, its
// unit and at most one noun of what is measured ("liefert 300 Liter
// Wasser pro Tag", "liegt bei 8 Litern pro Kopf") is part of what is
// measured: the subject ("die Anlage") takes it, "die Anlage pro Tag",
// as English subjects keep "a day" and "per hour". Otherwise a daily and
// a yearly figure of the same thing read as one measure in the story
// comparison. A speed, a subject that holds the rate already, none, or only the
// unit's word (rule unitEcho clears it) stays. /tmp/T/ana.sh over each
// text, 311856a0^ -> 311856a0 (with rule rateUnit): 19 claims of the 2,065 extract
// texts changed (md5 half of the file name 8/11), 13 right (6/7), 2 a
// subject of clause words where there was none (a bare rate, its unit
// right; 1/1), 4 a wrong subject before and after (1/3); none of the 966
// quotes-benchmark texts.
func rateSubject(text string, toks []ltok, e langExpr, ce int, ln *langNum, subj string) string {
	rw := rateWords[ln]
	if rw == nil || subj == "" || measureWords[strings.ToLower(subj)] {
		return subj
	}
	r := e.j
	if r+1 < ce && toks[r].word && !rw[toks[r].lower] && rw[toks[r+1].lower] {
		r++ // the noun of what is measured: "Liter Wasser pro Tag", "ton staal per week"
	}
	if r+1 >= ce || !rw[toks[r].lower] || !toks[r+1].word {
		return subj
	}
	if speedLengths[e.unit] && speedTimes[toks[r+1].lower] {
		return subj
	}
	rate := text[toks[r].start:toks[r+1].end]
	if strings.Contains(subj, rate) {
		return subj
	}
	return subj + " " + rate
}
