package quotes

// modalClauseWords extend rule clauseSpeaker's auxiliaries with modals
// and negated auxiliaries, lower case as written ("A photo cannot",
// "the tides might", "the yard does not get"): a mention holding one
// after its first word is a clause as well. "May" and "Will" written
// capitalised are names and stay; a relative clause in a description
// ("a pilot who couldn't be reached") is still a noun phrase (clauseMention's relativeWords). Over
// the 2,065 extracted texts 11 records change (md5 half a: 3, b: 8),
// over the 966 quote texts 4 (a: 2, b: 2), each a clause cleared as
// speaker, all right. lede bench quotes: every score of both halves
// unchanged.
// The negations are written with a straight apostrophe; clauseMention
// reads a curly one ("can’t") as straight.
var modalClauseWords = map[string]bool{
	"cannot": true, "can't": true, "won't": true, "don't": true, "doesn't": true, "didn't": true,
	"isn't": true, "wasn't": true, "aren't": true, "weren't": true, "hasn't": true, "haven't": true,
	"wouldn't": true, "couldn't": true, "shouldn't": true,
	"must": true, "may": true, "might": true, "shall": true, "does": true, "did": true,
}
