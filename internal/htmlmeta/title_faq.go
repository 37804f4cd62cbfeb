package htmlmeta

// faqMain reports whether the JSON-LD object taken for the page's main is
// one entry of a FAQ block: a Question on a page that declares a FAQPage
// or several Questions. Question ranks with the article types for the
// question-and-answer threads of forums (one Question, the thread's
// opening post); a service, shop or course page that answers its
// customers' questions at the foot declares each as a Question too.
func (ld *ldData) faqMain() bool {
	isQ := false
	for _, t := range types(ld.main) {
		isQ = isQ || t == "Question"
	}
	if !isQ {
		return false
	}
	questions := 0
	for _, o := range ld.objects {
		for _, t := range types(o) {
			switch t {
			case "FAQPage":
				return true
			case "Question":
				questions++
			}
		}
	}
	return questions > 1
}

// pageObject is the JSON-LD object that describes the page, its rank
// (typeRank) and type; parseJSONLD keeps them as ld.page, ld.pageRank and
// ld.pageType, which the title rules ask for again and again.
//
// Rule titleFAQNotMain: a FAQ entry (faqMain) is not what the page is
// about: "How long does delivery take?" is no headline of the shop's page
// that answers it. The best-ranked object of another type describes the
// page instead (a Product, a WebPage), or none. The rules that ask
// whether a category or listing page is an article read it so too
// (articleBeyondFAQ); articleLike, which steers the older <h1> rules,
// still counts the entry's rank: reading those pages as landing pages
// there swapped as many right titles for wrong ones on the dev pages.
func (ld *ldData) pageObject() (map[string]any, int, string) {
	if !ld.faqMain() {
		return ld.main, ld.mainRank, ld.mainType()
	}
	var main map[string]any
	rank, typ := 0, ""
	for _, o := range ld.objects {
		for _, t := range types(o) {
			if r := typeRank(t); t != "Question" && r > rank {
				main, rank, typ = o, r, t
			}
		}
	}
	return main, rank, typ
}

// ldHeadline is the headline of the object that describes the page
// (pageObject), read as ldData.headline reads the main object.
func (c *collector) ldHeadline() string {
	return objectHeadline(c.ld.page, c.ld.pageRank)
}

// articleBeyondFAQ is articleLike read without FAQ entries (pageObject):
// a shop's category page that answers questions at its foot is no
// article.
func (c *collector) articleBeyondFAQ() bool {
	return c.declaresArticle(c.ld.pageRank)
}
