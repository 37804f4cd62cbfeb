package htmlmeta

import (
	"strings"

	"golang.org/x/net/html"
)

// ownSiteName is rule titleOwnSiteName. A page read without its address
// (a saved file) that declares no site name gives the title rules no name
// to cut: "Harbour Courier | Ferry fares rise again" came out titled
// "Harbour Courier" with the headline as its outlet, and "Ferry fares rise
// again - Harbour Courier" kept the site in its title. The page still
// names its site where a reader sees it: in the text of a link to the
// site's root (<a href="/">Harbour Courier</a>, rel="home") or as the
// holder of its copyright notice ("© 2024 The Harbour Courier. All rights
// reserved."). The end segment of the <title> that such a name holds is
// the site's; "" when neither or both ends are (the page then gives no
// answer either way).
func ownSiteName(doc *html.Node, docTitle string) string {
	parts := splitTitle(docTitle)
	if len(parts) < 2 {
		return ""
	}
	first, last := parts[0], parts[len(parts)-1]
	fk, lk := foldKey(first), foldKey(last)
	var firstSeen, lastSeen bool
	seen := func(name string) {
		k := foldKey(name)
		// The name as the page writes it may be longer ("The Harbour
		// Courier", "Harbour Courier Ltd"), never shorter: a headline
		// holding one word of the site's name is no site segment.
		firstSeen = firstSeen || ownSegment(fk, first, k)
		lastSeen = lastSeen || ownSegment(lk, last, k)
	}
	findInPage(doc, func(n *html.Node) (string, bool) {
		switch n.Type {
		case html.TextNode:
			if len(n.Data) <= maxCopyrightNotice {
				if h := copyrightText(n.Data); h != "" {
					seen(h)
				}
			}
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "head", "figure", "figcaption":
				return "", false
			case "a":
				if rootLink(n) {
					seen(clean(textOf(n, maxCandidateText)))
				}
				return "", false
			}
			return "", true
		}
		return "", false
	})
	switch {
	case firstSeen && !lastSeen:
		return first
	case lastSeen && !firstSeen:
		return last
	}
	return ""
}

// ownSegment reports whether the title segment seg, folded as k, is the
// site's name the page writes, folded as nk: that name holds it whole,
// and it is short enough to be a name (maxSiteWords).
func ownSegment(k, seg, nk string) bool {
	return len(k) >= minSiteKey && strings.Contains(nk, k) && len(strings.Fields(seg)) <= maxSiteWords
}

// rootLink reports whether an <a> leads to the site's front page: its
// address is the root ("/", "/index.html") or its rel says "home". A
// relative "./" or "index.html" leads to the folder the page is in: on a
// documentation site, the page itself ("Fields" in the menu of the page
// titled "Fields - Example Docs").
func rootLink(n *html.Node) bool {
	if hasWord(strings.ToLower(attr(n, "rel")), "home") {
		return true
	}
	switch strings.TrimSpace(attr(n, "href")) {
	case "/", "/index.html", "/index.php":
		return true
	}
	return false
}

// copyrightText is the holder a copyright notice in s names, as written
// (an outlet or a person), or "".
func copyrightText(s string) string {
	if !mayHoldCopyright(s) {
		return ""
	}
	loc := copyrightMark.FindStringIndex(s)
	if loc == nil {
		return ""
	}
	rest := s[loc[1]:]
	if e := copyrightEnd.FindStringIndex(rest); e != nil {
		rest = rest[:e[0]]
	}
	return clean(rest)
}

// titleCreditAt is rule titleCreditSegment: newsletter and blog platforms
// set the writer's credit in the <title> between the headline and the
// publication ("Ferry fares rise again - by Lena Marsh - The Island
// Letter", "... | by Lena Marsh | Harbour Notes | Medium"): a segment after
// the first that is "by" and a person's name (personName) is no part of
// the headline, nor is what follows it. It returns the index of that
// segment in parts (0 when there is none) and the name.
func titleCreditAt(parts []string) (int, string) {
	for i := 1; i < len(parts); i++ {
		p := parts[i]
		if len(p) < len("by ") || !strings.EqualFold(p[:3], "by ") {
			continue
		}
		if n := strings.TrimSpace(p[3:]); personName(n) {
			return i, n
		}
	}
	return 0, ""
}

// cutTitleCredit is rule titleCreditSegment on a title: the headline
// before the credit segment, or t as it is.
func cutTitleCredit(t string) string {
	parts := splitTitle(t)
	i, _ := titleCreditAt(parts)
	if i == 0 {
		return t
	}
	return headBefore(t, strings.Index(t, parts[i]))
}

// titleCredit is the writer a <title> credits (rule titleCreditSegment),
// or "": the last source of an author, for pages whose body names none.
func (c *collector) titleCredit() string {
	_, n := titleCreditAt(splitTitle(c.docTitle))
	return n
}

// cutSiteMiddle is rule titleSiteMiddle: a <title> templated as headline,
// site and tagline ("Ferry fares rise again - Harbour Courier - Local
// news from Kellan") names the site between the two, where stripSite,
// which cuts site segments at the ends, leaves it: the headline is what
// comes before the first middle segment that is one of the site's
// declared names (isSite, the whole segment). Only on an article: a
// shop's "Handmade gifts - Harbour Crafts - Kellan Market" names the shop
// inside a larger place, a name its title keeps.
func cutSiteMiddle(t string, sites []string) string {
	parts := splitTitle(t)
	for i := 1; i < len(parts)-1; i++ {
		if isSite(parts[i], sites) {
			return headBefore(t, strings.Index(t, parts[i]))
		}
	}
	return t
}
