package htmlmeta

import "strings"

// stripHeadingSite is stripSite for a visible heading that agreed with a
// metadata title (rule 1, titleAgreedHeading).
//
// Rule titleHeadingKeepsMaker: a shop names a product line after its
// maker, and the maker is often the site ("Velora Glide - Trail Edition"
// on velora.example, under the <title> "Velora Glide - Trail Edition -
// Velora Shop"). stripSite cuts a leading segment that merely
// opens with the host's label, right for a <title>'s "Courier News -
// Headline", but a heading printed on the page names the product, not the
// site: there a leading segment goes only when it is exactly one of the
// site's names. Cuts at the end (the site's name after the headline)
// stay.
func stripHeadingSite(h string, sites []string) string {
	s := stripSite(h, sites)
	tail := stripSiteTail(h, sites)
	if s == tail || !strings.HasSuffix(tail, s) {
		return s
	}
	lead := strings.TrimRightFunc(tail[:len(tail)-len(s)], spaceOrSeparator)
	if lead == "" || isSite(lead, sites) {
		return s
	}
	for _, p := range splitTitle(lead) {
		if isSite(p, sites) {
			return s
		}
	}
	return tail
}
