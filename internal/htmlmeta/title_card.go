package htmlmeta

// shareCard is rule titleShareCard: some sites give every page the same
// share card, an og:title that is the site's motto ("Make things, together")
// beside the page's own <title> ("Popular toolkits this week · Workbench").
// On a page that is no article, a metadata title t that shares no word
// with the <title> names no page: the <title> does. (An article's og:title
// may reword its headline freely, so articles keep it.)
func (c *collector) shareCard(t string) bool {
	if t == c.docTitle || c.docTitle == "" || c.articleBeyondFAQ() {
		return false
	}
	tw, dw := titleWords(t), titleWords(c.docTitle)
	if len(tw) == 0 || len(dw) == 0 {
		return false
	}
	for w := range tw {
		if dw[w] {
			return false
		}
	}
	return true
}
