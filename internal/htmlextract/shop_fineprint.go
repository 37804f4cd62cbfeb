package htmlextract

// finePrintFooter is rule "footer-fineprint": the page's footer, declared
// by its tag or its ARIA role (<footer>, role="contentinfo"), is never the
// text, however much prose it holds. A shop's footer carries the fine
// print of its offers (the terms of its credit plans, the test behind a
// claim, what an old device fetches in exchange) as numbered notes, which
// outweighed a product or collection page's short headed sections: rule
// "rescue" took the footer for the article in a badly named wrapper, and a
// region of role contentinfo that held more than keepShare of the page
// kept the class safeguard, which a <footer> never had (noSafeguard). A
// tag or a role is a declaration, not a naming scheme (rule
// "role-landmark"); a region that only a class calls a footer may still
// be a misnamed wrapper, and is left to rule "rescue". (WCXB: five pages
// up, three collections, a listing and an article; none down.)
func finePrintFooter(p *nodeInfo) bool {
	switch p.word {
	case wTagFooter, roleWords["contentinfo"]:
		return true
	}
	return false
}
