package claims

import "strings"

// clauseConjunctions join a clause to its sentence ("when the reservoir
// stood at 31 percent", "as ferry traffic slid 9 percent"): no part of what
// the clause's figure measures (rule conjunctionLead). Not "if" nor
// "unless": a condition is part of the claim ("if fares rise by 10%"
// states no rise). Rule whereLead: the "where" of a place's relative
// clause ("the county, where 9 seats are contested") joins as they do;
// the noun it relates to is before it, no part of the subject.
var clauseConjunctions = setOf(`when whenever while whilst because although though whereas as where`)

// asComparisons make "as" a comparison's, no conjunction ("as many as",
// "as much as", "as high as", "as are"), when they follow it.
var asComparisons = setOf(`much many high low well long far few little of are is was were has have had do does did`)

// dropLeadConjunction is rule conjunctionLead: an English subject that
// opens with a conjunction joining its clause to the sentence ("when the
// Corran reservoir", "as ferry traffic slid") measures what follows it:
// "the Corran reservoir". A conjunction before a single word stays.
// /tmp/T/ana.sh over each text, 5406f6af^ -> 5406f6af: 39 claims of news texts
// changed (33 of the 966 quotes-benchmark texts, 6 of the extract_t
// texts; md5 half of the file name 13/26), 36 right, 3 a wrong subject
// before and after (an "as" of role or a clause with no subject); 38 of
// web pages (18/20), 22 right, 16 as cluttered before and after, none
// wrong. Rule whereLead, the same over each text, f0ac7f80^ -> f0ac7f80: 39 claims changed
// (news texts 26, md5 half of the file name 20/19), each losing only its
// "where", none worse.
func dropLeadConjunction(subj string) string {
	w, rest, ok := strings.Cut(subj, " ")
	// Rule followedBy: "followed (closely) by Ada Quell at 20 percent"
	// measures the one who follows: "Ada Quell", not "followed by Ada
	// Quell".
	if ok && w == "followed" {
		r, _ := strings.CutPrefix(rest, "closely ")
		if r, ok := strings.CutPrefix(r, "by "); ok {
			return r
		}
		return subj
	}
	if !ok || !strings.Contains(rest, " ") || !clauseConjunctions[strings.ToLower(w)] {
		return subj
	}
	n, _, _ := strings.Cut(rest, " ")
	if strings.EqualFold(w, "as") && asComparisons[strings.ToLower(n)] {
		return subj
	}
	// "Where to dock", "where to eat": a question's, no relative.
	if strings.EqualFold(w, "where") && n == "to" {
		return subj
	}
	return rest
}
