package textclean

import "strings"

// Bounds of rule lone-hash-number.
const (
	// maxLoneNumberDigits bounds the figure: a forum's post numbers run
	// to a few thousand in long threads; a longer figure after "#" is
	// more likely an order or an issue number a text talks about.
	maxLoneNumberDigits = 5
	// maxFigureLineWords: a price or a rating alone on its line ("$24.99",
	// "4.6 stars") is a line of a few words that holds a figure.
	maxFigureLineWords = 3
)

// loneHashNumber: a line that holds only "#" and a figure ("#3",
// "#214"). A hashtag opens with a letter and a Markdown heading with "# "
// and a space, so neither is read here.
func loneHashNumber(s string) bool {
	if len(s) < 2 || s[0] != '#' || len(s)-1 > maxLoneNumberDigits {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// postNumber is rule lone-hash-number: text extractors flatten a forum
// thread's permalink numbers onto lines of their own ("#1" over the
// opening post, "#2" over the first reply), numbers the thread's reader
// never reads as its words. The same "#N" line also stands over the
// items of a ranked shop or chart listing, where the rank is the item's
// (the gold of such lists keeps it): there an item closes on its price
// or rating, so the "#N" after it follows a short line with a figure.
// A text where any lone "#N" follows such a line keeps them all.
// lede bench extract --text-from on readeck's WCXB texts: 7 forum pages
// gain (3 of half a, 4 of half b; words F1 +0.00002 a half, below the
// printed third decimal), two ranked articles of half a whose ranks
// follow a word lose 0.001 each; readeck's extract/ texts, trafilatura's
// texts, the HTML path, the seed and ana.sh: byte-identical.
func (p *parser) postNumber(i int) bool {
	if !loneHashNumber(p.lines[i]) {
		return false
	}
	if !p.hashChecked {
		p.hashChecked = true
		for k := 1; k < len(p.lines); k++ {
			if loneHashNumber(p.lines[k]) && figureLine(p.lines[k-1]) {
				p.hashRanks = true
				break
			}
		}
	}
	return !p.hashRanks
}

// figureLine: a line of at most maxFigureLineWords words that holds a
// figure, as an item's price or rating does.
func figureLine(s string) bool {
	return digitCells(s) && len(strings.Fields(s)) <= maxFigureLineWords
}
