package claims

import "strings"

// timeOnlyOpeners open an English time adverbial ("by 2050", "in July",
// "since last month", "over 10 years"): rule timeOnlySubject.
var timeOnlyOpeners = setOf(`by in on since until over during through last this next past early late`)

// timeOnlyWords are the other words such an adverbial holds.
var timeOnlyWords = setOf(`the a last this next past previous coming first second third fourth
year years month months week weeks day days quarter quarters decade decades century
today yesterday tomorrow morning evening night weekend end start beginning middle mid of`)

// timeOnlySubject is rule timeOnlySubject: an English subject that is a
// time adverbial and nothing else ("$40 million by 2031" gave "by 2031",
// "£1.2m last year" gave "last year") dates the figure and names nothing
// measured: no subject. A time adverbial after a noun ("turnout in May")
// stays with it. In the story comparison "in 2024" grouped unrelated
// figures as one measured thing. /tmp/T/ana.sh over each text, 782ee85e^ ->
// 782ee85e: 10 claims of news texts (md5 half of the file name 6/4) and 13 of
// web pages (4/9) lost such a subject, nothing else changed.
func timeOnlySubject(subj string) string {
	// No slice of words: every claim's subject passes here (go test
	// ./internal/analysis -run TestAnalyzeAllocPerByte).
	w, rest, ok := strings.Cut(subj, " ")
	if !ok || !timeOnlyOpeners[strings.ToLower(w)] {
		return subj
	}
	for x := range strings.FieldsSeq(rest) {
		x = strings.ToLower(strings.TrimRight(x, ","))
		if !timeOnlyWords[x] && !months[x] && !weekdays[x] && !yearText(x) && !dayNumber(x) {
			return subj
		}
	}
	return ""
}

// dayNumber reports whether s is a day of a month ("10", "3rd").
func dayNumber(s string) bool {
	s = strings.TrimRight(s, "stndrh")
	if s == "" || len(s) > 2 {
		return false
	}
	return strings.Trim(s, "0123456789") == ""
}
