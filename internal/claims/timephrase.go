package claims

import "strings"

// timeNouns are the German nouns of a span or point of time that a noun
// phrase before a figure may end with ("im Herbst des Vorjahres", "bis
// Ende des Jahrzehnts"): rule timePhrase.
var timeNouns = map[*langNum]map[string]bool{
	langNums["de"]: setOf(`jahr jahres jahre jahren monat monats monate monaten woche wochen tag tages tage tagen
jahrhunderts jahrhundert jahrzehnts jahrzehnte jahrzehnten quartal quartals quartale halbjahr halbjahres
vorjahr vorjahres zeitraum zeitraums`),
}

// timePhrase is rule timePhrase: a noun phrase that only dates the
// figure ("Im Herbst des Vorjahres gab es 14 Verletzte" gave "des
// Vorjahres", "Bis Ende des Jahres sollen 25 Ladesäulen ..." gave "des
// Jahres") says nothing of what is measured: the subject falls back to
// the counted noun ("Verletzte"), or none. Where the phrase names a measured
// thing with a time noun inside ("die Zahl der Tage") its last word is no
// time noun and it stays; nor is "Zeit", a time measured as often as a
// time spent ("eine Zeit von 7,3 Sekunden"). /tmp/T/ana.sh over each
// text, a7ca9948^ -> a7ca9948: 7 claims of the 2,065 extract texts changed (md5
// half of the file name 5/2), 6 right (a counted noun, or no subject for
// a date), 1 as bad before and after; none of the 966 quotes-benchmark
// texts.
func timePhrase(np string, ln *langNum) bool {
	tn := timeNouns[ln]
	if tn == nil {
		return false
	}
	last := np[strings.LastIndexByte(np, ' ')+1:]
	return tn[strings.ToLower(last)]
}
