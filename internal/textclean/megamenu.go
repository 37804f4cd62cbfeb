package textclean

import "strings"

// Bounds of rule mega-menu.
const (
	// minMegaMenuItems: a shop's drop-down menu lists a department's
	// groups and their kinds, a dozen lines and more; a story's own run
	// of short lines (a list of towns, a line-up) is told apart by the
	// echoes below, not by its length.
	minMegaMenuItems = 8
	// minMegaMenuEchoes: the menu opens each group with a link to all of
	// it ("Kites" / "All Kites" / "Stunt Kites"), a pair the run
	// holds twice or more; one such pair is a list's chance.
	minMegaMenuEchoes = 2
)

// megaMenu is rule mega-menu: a shop's drop-down menu, which text
// extractors that keep hidden blocks flatten into a long run of short
// label lines anywhere in the text (often between a listing's intro and
// its products, where rule menu-column, which reads the top, does not
// look). What gives it away is the menu's "All <group>" link beside the
// group's own name ("Rain Gear" ... "All Rain Gear"). It reads at line i
// a run of menuItem lines with minMegaMenuEchoes such pairs and returns
// its length, 0 when there is none.
// `lede bench extract --cases ../shared/bench/extract-wcxb/cases.jsonl --text-from PEER.jsonl`
// (PEER.jsonl from bench/peers; measured by hand at 09b06778 against its parent) on
// readeck's WCXB texts: word F1 up on
// ten collection pages of one shop (three of md5 half a, seven of half b;
// recall down a little on each, the menu's words the gold has elsewhere),
// no other page changed; words F1 a 0.788 -> 0.789, b 0.784 -> 0.786. The
// other text-path runs and the seed byte-identical; the HTML path never
// reads this package.
func (p *parser) megaMenu(i int) int {
	// a line inside a run already read starts a shorter run of the same
	// end: read each run once (linear in a text of short lines)
	if i < p.megaSeen {
		return 0
	}
	n := 0
	for k := i; k < len(p.lines) && menuItem(p.lines[k]); k++ {
		n++
	}
	p.megaSeen = i + n
	if n < minMegaMenuItems {
		return 0
	}
	// the menu writes the link as its group is written ("All Rain Gear"
	// under "Rain Gear"): read as is, and the run's set of lines made
	// only when it may hold the pairs (a text of short lines allocates
	// nothing here: TestTextcleanLinearAlloc)
	links := 0
	for _, l := range p.lines[i : i+n] {
		if strings.HasPrefix(l, megaMenuAll) {
			links++
		}
	}
	if links < minMegaMenuEchoes {
		return 0
	}
	items := make(map[string]bool, n)
	for _, l := range p.lines[i : i+n] {
		items[l] = true
	}
	echoes := 0
	for _, l := range p.lines[i : i+n] {
		if group, ok := strings.CutPrefix(l, megaMenuAll); ok && items[group] {
			echoes++
		}
	}
	if echoes < minMegaMenuEchoes {
		return 0
	}
	return n
}

// megaMenuAll opens a menu's link to a whole group.
const megaMenuAll = "All "
