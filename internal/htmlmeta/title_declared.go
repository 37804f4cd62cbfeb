package htmlmeta

import "strings"

// leadSites is rule titleDeclaredSiteFirst: the names for which stripSite
// cuts a leading <title> segment that merely holds one ("Quillon Kettle -
// Camp Edition" on quillon.example). A page that declares its site's name
// in its metadata (og:site_name, application-name, the JSON-LD publisher
// or WebSite) has named its site: a leading segment that holds only the
// host's label ("Quillon Kettle" where the page declares "Quillon
// Outfitters") is the product or the story, not the site, and stays. A
// page that declares no name keeps the host's names for the cut, and so
// does one whose only name is the text of an element styled as the
// site's (a logo, a "Login" link in the same bar): that text is too often
// not the site's name. The closing segments are cut for every name.
func (c *collector) leadSites(sites []string) leadNames {
	declared := map[string]bool{}
	for _, v := range []string{c.meta1("og:site_name"), c.meta1("application-name"), c.ld.publisher, c.ld.website} {
		if k := foldKey(v); len(k) >= 2 {
			declared[k] = true
		}
	}
	if len(declared) == 0 || c.pageURL == nil {
		return leadNames{names: sites}
	}
	fromHost := map[string]bool{}
	for _, h := range []string{bareHost(c.pageURL.Hostname()), archivedHost(c.pageURL)} {
		if h == "" {
			continue
		}
		fromHost[foldKey(h)] = true
		if i := strings.IndexByte(h, '.'); i > 0 {
			fromHost[foldKey(h[:i])] = true // its first label, as siteNames adds it
		}
		fromHost[foldKey(registrableLabel(h))] = true
	}
	var lead []string
	for _, s := range sites {
		if !fromHost[s] || declared[s] {
			lead = append(lead, s)
		}
	}
	return leadNames{names: lead, declared: declared}
}

// leadNames are the site names a leading <title> segment is cut for
// (rule titleDeclaredSiteFirst), with those the page declares in its
// metadata.
type leadNames struct {
	names    []string
	declared map[string]bool
}

// isSegment reports whether a leading <title> segment names the site
// (isSiteSegment). Rule titleDeclaredNameOpens: a name the page declares
// counts only when it opens the segment (after a "The") or holds it
// whole: a segment that holds the name further on ("New to Birdwatching"
// on a site declared as "Birdwatching") is the headline's opening, not
// the site. Other names (a logo's text, which may leave out the first
// word of the name) count anywhere.
func (l leadNames) isSegment(seg string) bool {
	k := foldKey(seg)
	kt := strings.TrimPrefix(k, "the")
	for _, s := range l.names {
		if l.declared[s] && !strings.HasPrefix(k, s) && !strings.HasPrefix(kt, s) && !strings.Contains(s, k) {
			continue
		}
		if isSiteSegment(seg, []string{s}) {
			return true
		}
	}
	return false
}
