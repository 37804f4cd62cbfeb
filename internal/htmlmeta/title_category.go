package htmlmeta

// declaresTrail reports whether the page's JSON-LD declares a
// BreadcrumbList: the page names its place in the site's tree of
// sections.
func (c *collector) declaresTrail() bool {
	for _, o := range c.ld.objects {
		for _, t := range types(o) {
			if t == "BreadcrumbList" {
				return true
			}
		}
	}
	return false
}

// categoryNameH1 is rule titleCategoryName: a page that declares its place
// in the site's tree (a BreadcrumbList) and is neither an article nor a
// single product is a category or section page: a shop's aisle, a list of
// events. Its <h1> names the category ("Trail Lanterns"), often in a banner
// band over the grid of items that the chrome test takes for the page
// header, while its <title> dresses the name for search engines ("Trail
// Lanterns for Wet Nights and Long Walks"). When every word of the page's
// first <h1> is in the metadata title t, the <h1> is the category's name
// and a reader takes it. An <h1> with words t lacks is a promotion or
// a slogan, and t stays.
func (c *collector) categoryNameH1(h1s []h1Cand, t string) string {
	if len(h1s) == 0 || c.articleBeyondFAQ() || c.productPage() || !c.declaresTrail() {
		return ""
	}
	if h := h1s[0].text; shortNameOf(h, t) {
		return h
	}
	return ""
}
