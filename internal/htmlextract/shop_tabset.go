package htmlextract

import "golang.org/x/net/html"

// tabSet is rule "tab-set": on a shop's page, a tab panel (panelMarked)
// whose parent holds nothing but panels like it, the others hidden until
// their tab is clicked, is one tab of a set ("Overview", "Specs",
// "Reviews"): the search weighs hidden text as boilerplate, so it went
// down into the one panel shown, the description, and left the
// specification table in the hidden panel beside it unread. The content
// search stops at the set, whose hidden panels rule "disclosure-panel"
// then reads. A parent that also holds other boxes (the tab list, an
// order form) is left to rule "sibling-table", which reads a hidden
// specification table beside the root and nothing else. It reports
// whether best, the child the search would go down to, is such a panel.
func (x *extractor) tabSet(best *html.Node) bool {
	if !x.shop || !panelMarked(best) {
		return false
	}
	hidden := false
	for s := best.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == best || s.Type != html.ElementNode {
			continue
		}
		if s.DataAtom != best.DataAtom || !panelMarked(s) {
			return false
		}
		if si := x.info1(s); si.text > 0 && (si.word == wHidden || si.word == wClassHidden) {
			hidden = true
		}
	}
	return hidden
}
