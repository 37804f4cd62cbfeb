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
// up, three collections, a listing and an article; none down. Measured by
// hand when the rule came in, 2b27e287, with lede bench extract --cases
// extract-wcxb/cases.jsonl.)
func finePrintFooter(p *nodeInfo) bool {
	switch p.word {
	case wTagFooter, roleWords["contentinfo"]:
		return true
	}
	return false
}

// declaredChrome is rule "declared-chrome", rule "footer-fineprint"
// carried to the page's other chrome: a region the page declares its
// navigation, its footer or an aside, by tag (<nav>, <footer>, <aside>)
// or by ARIA role (navigation, contentinfo, search), is never the text.
// Rule "rescue" does not take it for the article in a badly named
// wrapper: a phone menu of a hundred linked topics, a shop's cart drawer
// with its shipping terms, a site's menu of categories each with a line
// of blurb outweighed a listing's short cards and were rescued. And on a
// thin page (relax 2) that is no listing, such a region gets no class
// safeguard: a shop's footer with its catalogue pitch and contact lines
// held most of a page of linked product cards and stood as its text. (On
// a listing rule "footer-root" reads the footer.) <noscript> is left out:
// some forums serve a whole thread there. (WCXB, beside rule
// "footer-fineprint": four pages up, three on half a by the rescue and
// one on half b by the safeguard; none down; extract/ byte-identical.
// Measured by hand when the rule came in, 3945f260, with lede bench
// extract --cases on extract-wcxb/ and extract/ cases.jsonl.)
func declaredChrome(p *nodeInfo) bool {
	switch p.word {
	case wTagNav, wTagAside, roleWords["navigation"], roleWords["search"]:
		return true
	}
	return finePrintFooter(p)
}
