package quotes

import "github.com/lede-news/lede/internal/people"

// remarksNouns are the nouns of what someone said that a possessive name
// owns ("Velko's remarks", "her comments").
var remarksNouns = map[string]bool{
	"remarks": true, "remark": true, "comments": true, "comment": true, "words": true,
	"statement": true, "speech": true, "testimony": true,
}

// remarksOwner is rule remarksOwner: a he/she speaker opening an
// adverbial clause right after a possessive name's remarks ("The weekly
// reported on Velko's remarks, when she said ...") is that name's
// person: the clause tells what the remarks were. The people package
// skips possessors when it looks for a pronoun's antecedent ("the
// sequel to Ada Marr's novel"), which gave such a "she" to
// someone named before. Only this tight shape counts: with any remarks
// noun of the sentence before the pronoun, PolNeAR train lost three right
// names ("Dorn's words may have moved the former president, who ... he").
// It returns the person's index, or -1.
func (x *extractor) remarksOwner(pt int, g byte) int {
	k := pt - 1
	if k < 2 || !speechAdverbialOpeners[x.lower(k)] {
		return -1
	}
	k--
	if x.isComma(k) {
		k--
	}
	if k < 1 || !remarksNouns[x.lower(k)] || !hasGenitiveS(x.lower(k-1)) {
		return -1
	}
	p := x.toks[k-1]
	pi := x.d.PersonAt(p.Start, p.Start+len(people.Bare(p.Text)))
	if pi < 0 {
		return -1
	}
	if pg := x.d.Gender(pi); pg != g && pg != 0 {
		return -1
	}
	return pi
}
