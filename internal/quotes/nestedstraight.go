package quotes

import "strings"

// nestedStraight is rule nestedStraight: inside a quotation opened by a
// straight double mark, a straight double mark that can only open (a
// space before it, a word after: "He kept calling it "the old route" for
// years," Quell said) starts a quotation within the quotation, as text
// typed on a plain keyboard, or converted by a tool that straightens
// curly marks, writes a nested “...”. Without it the outer quotation
// ended at the inner one's closer and lost the rest. It counts as nested
// only when an odd number of straight double marks is left in its
// paragraph from it on (its closer, the outer closer, and whole pairs):
// an even count is the next quotation after an outer one left unclosed
// ("Fares rise, he said. "Soon"), read as before. The inner one must
// close soon, before a sentence ends, and its opener follow a space.
// Over the 966 quote texts 2 records change (md5 half a), both outer
// quotations now whole; over the 2,065 extracted texts 4 (a: 2, b: 2):
// one news quotation whole (a), one nested term read whole but a report
// freed after it taking a wrong speaker (b), and two pages of blurbs or
// shell commands with stray marks re-paired (junk before and after).
// lede bench quotes: every score of both halves unchanged (PolNeAR train
// 2 documents change); --direct-only and GGT dev byte-identical.
func nestedStraight(text string, j int, open rune) bool {
	if open != '"' || text[j] != '"' || j == 0 || text[j-1] != ' ' || !canOpen(text, j, 1, '"') {
		return false
	}
	rest := text[j:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	// The inner quotation is a short phrase closed before any sentence
	// ends: a run-on "A. "B. "C (paragraphs a tool joined into one line,
	// each opening with a mark) has no such closer.
	k := strings.IndexByte(rest[1:], '"') + 1
	if k <= 1 || k > maxNestedStraight || !canClose(text, j+k, 1, '"') || strings.ContainsAny(rest[1:k], ".?!") {
		return false
	}
	return strings.Count(rest, `"`)%2 == 1
}

// maxNestedStraight bounds the inner quotation of rule nestedStraight
// (bytes from its opener to its closer): a title or a phrase cited in
// the speech, a dozen words at most.
const maxNestedStraight = 80
