package htmlmeta

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
func (c *collector) leadSites(sites []string) []string {
	declared := map[string]bool{}
	for _, v := range []string{c.meta1("og:site_name"), c.meta1("application-name"), c.ld.publisher, c.ld.website} {
		if k := foldKey(v); len(k) >= 2 {
			declared[k] = true
		}
	}
	if len(declared) == 0 || c.pageURL == nil {
		return sites
	}
	fromHost := map[string]bool{}
	for _, h := range []string{bareHost(c.pageURL.Hostname()), archivedHost(c.pageURL)} {
		if h == "" {
			continue
		}
		fromHost[foldKey(h)] = true
		for i := 0; i < len(h); i++ {
			if h[i] == '.' {
				fromHost[foldKey(h[:i])] = true
				break
			}
		}
		fromHost[foldKey(registrableLabel(h))] = true
	}
	var lead []string
	for _, s := range sites {
		if !fromHost[s] || declared[s] {
			lead = append(lead, s)
		}
	}
	return lead
}
