package htmlmeta

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/model"
)

// Rules that keep output defects out of the metadata: values a page
// escaped twice or wrote as markup, and other shapes no reader sees.

// plainMetaText is a description, section or tag as a reader would read
// it.
//
// Rule plainMetaText: some pages escape their meta contents twice or put
// the article's HTML in them: content="&lt;p&gt;The council met.&lt;/p&gt;"
// parses as "<p>The council met.</p>", and content="Pots &amp;amp; pans"
// as "Pots &amp; pans". The entities left are decoded, and a value with
// markup (a closing tag or a tag with attributes) is read as an HTML
// fragment's text. A lone "<table>" with no closing tag is prose about
// the tag and stays ("The <table> element holds rows").
func plainMetaText(s string) string {
	if strings.IndexByte(s, '&') >= 0 && strings.IndexByte(s, ';') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, '<') >= 0 && looksLikeMarkup(s) {
		if nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}); err == nil {
			var sb strings.Builder
			for _, n := range nodes {
				sb.WriteString(textOf(n, len(s)))
				sb.WriteByte(' ')
			}
			s = sb.String()
		}
	}
	return clean(s)
}

// looksLikeMarkup reports whether s holds HTML markup rather than prose
// naming a tag: a closing tag ("</p>", "</a>"), a tag with attributes
// ("<a href=", "<img src="), a line break, or a paragraph or division
// tag at its start (a value cut before the tag closes: "<p>The
// council met on").
func looksLikeMarkup(s string) bool {
	for _, p := range markupLeads {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	if strings.Contains(s, "<br>") || strings.Contains(s, "<br/>") || strings.Contains(s, "<br />") {
		return true
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		if s[i+1] == '/' && isASCIILetter(s[i+2]) {
			return true
		}
		if isASCIILetter(s[i+1]) {
			j := i + 1
			for j < len(s) && (isASCIILetter(s[j]) || (s[j] >= '0' && s[j] <= '9')) {
				j++
			}
			if j+1 < len(s) && s[j] == ' ' {
				if k := strings.IndexByte(s[j:], '>'); k > 0 && strings.Contains(s[j:j+k], "=") {
					return true
				}
			}
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// markupLeads open a value that is markup (looksLikeMarkup).
var markupLeads = []string{"<p>", "<p ", "<div>", "<div ", "<span>", "<span "}

// outletName is the outlet as a name: o cleaned of address and slogan
// parts; host is the page's host ("" when unknown).
//
// Rule outletAddress: an outlet written as an address is its host
// ("https://www.example.com/" and "https://ex.comhttps://ex.com" are
// "example.com" and "ex.com", "www.example.com/" is "example.com"), and one
// with no letter or digit ("/") is the page's host, the fallback the
// outlet takes when the page names none.
//
// Rule outletSlogan: a site name joined to its slogan or to a page title
// by a separator ("Cedar Pools | Open every day in three towns", "Water rates
// rise in 2031 | RWB") is the segment that names the host (cedarpools.example,
// rwb.example.org); failing that, a first segment of up to
// maxOutletNameWords words before a longer tail of at least
// minSloganWords words ("Lantern Post - The town's paper since 1901").
func outletName(o, host string) string {
	host = bareHost(host)
	if i := strings.Index(o, "://"); i >= 0 {
		h := o[i+3:]
		if j := strings.IndexAny(h, "/?#: "); j >= 0 {
			h = h[:j]
		}
		if k := strings.Index(h, "http"); k > 0 {
			h = h[:k] // an address written twice
		}
		o = bareHost(h)
	}
	o = strings.TrimRight(o, "/")
	if !strings.Contains(o, " ") {
		o = strings.TrimPrefix(o, "www.")
	}
	if !strings.ContainsFunc(o, isWordRune) {
		return host
	}
	segs := splitOutlet(o)
	if len(segs) < 2 {
		return o
	}
	if host != "" {
		hk := foldKey(host)
		for _, s := range segs {
			if k := foldKey(s); len(k) >= 3 && strings.Contains(hk, k) && !genericHostLabels.in(k) {
				return tidyOutlet(s)
			}
		}
		// A segment holding one of the host's own labels ("Kilnworks
		// Developer" on developer.kilnworks.example).
		labels := strings.Split(host, ".")
		for _, s := range segs {
			k := foldKey(s)
			for _, l := range labels[:len(labels)-1] {
				if l = foldKey(l); len(l) >= 4 && !genericHostLabels.in(l) && strings.Contains(k, l) {
					return tidyOutlet(s)
				}
			}
		}
	}
	first := len(strings.Fields(segs[0]))
	rest := 0
	for _, s := range segs[1:] {
		rest += len(strings.Fields(s))
	}
	if first <= maxOutletNameWords && rest >= minSloganWords {
		return tidyOutlet(segs[0])
	}
	return o
}

// genericHostLabels are host labels and segments that name a part of any
// site, not the site ("forum.example.org", "Kiln Society | Forum").
var genericHostLabels = newWordSet("forum", "forums", "blog", "blogs", "shop", "store", "news", "community",
	"support", "docs", "help", "home", "developer", "developers", "training", "learn", "official")

// tidyOutlet is a segment rule outletSlogan chose, without the quotation
// marks around a whole name ("\"Back of Mind\"" is Back of Mind) and
// the "www." of a host ("www.example.de" is "example.de").
func tidyOutlet(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return strings.ContainsRune("\"'“”‘’«»„", r) })
	if !strings.Contains(s, " ") {
		s = strings.TrimPrefix(s, "www.")
	}
	return s
}

// maxOutletNameWords, minSloganWords: rule outletSlogan's fallback takes
// a site name of up to three words before a tail of five or more (on the
// dev pages' outlets with a separator, names run to three words and
// slogans from five: "Cedar Gyms" before "Open all week in three towns").
const (
	maxOutletNameWords = 3
	minSloganWords     = 5
)

// splitOutlet cuts an outlet at its spaced separators (" - ", " | ",
// " – ", " — ", " :: ", " » ", " · ", " • "); unspaced hyphens belong
// to names ("Rhein-Zeitung").
func splitOutlet(o string) []string {
	var out []string
	rest := o
	for {
		best, size := -1, 0
		for _, sep := range []string{" - ", " | ", " – ", " — ", " :: ", " » ", " · ", " • "} {
			if i := strings.Index(rest, sep); i >= 0 && (best < 0 || i < best) {
				best, size = i, len(sep)
			}
		}
		if best < 0 {
			break
		}
		if s := strings.TrimSpace(rest[:best]); s != "" {
			out = append(out, s)
		}
		rest = rest[best+size:]
	}
	if s := strings.TrimSpace(rest); s != "" {
		out = append(out, s)
	}
	return out
}

// trimDanglingSeparators applies rule titleDanglingSeparator: a <title>
// template whose headline or site part came out empty leaves its
// separator hanging at one end ("| Lantern Post", "Jane Doe's page |",
// "Ferry Times -"); the separator, set off by a space from the words, is
// cut, so the title rules see the site name alone or the headline alone.
// A separator glued to a word stays ("-30-", "Rock/"), as does a colon
// ("Chair: adjustable back:"), which headlines end with as written.
func trimDanglingSeparators(t string) string {
	for {
		r, size := utf8.DecodeRuneInString(t)
		if size == 0 || !danglingSeparator(r) || len(t) == size || !unicode.IsSpace(rune(t[size])) {
			break
		}
		t = strings.TrimLeftFunc(t[size:], unicode.IsSpace)
	}
	for {
		r, size := utf8.DecodeLastRuneInString(t)
		if size == 0 || !danglingSeparator(r) || len(t) == size || !unicode.IsSpace(rune(t[len(t)-size-1])) {
			break
		}
		t = strings.TrimRightFunc(t[:len(t)-size], unicode.IsSpace)
	}
	return t
}

// danglingSeparator reports whether r separates a <title>'s parts.
func danglingSeparator(r rune) bool {
	switch r {
	case '|', '-', '–', '—', '·', '•', '/', '»', '~':
		return true
	}
	return false
}

// bylineText is a byline element's text t (its shortText) with its parts
// kept apart.
//
// Rule bylineParts: a byline's name, role and outlet sit in sibling
// elements that the page's style sets apart, often with no space between
// them in the markup (<span>Jane Doe</span><span>Acme Labs</span>), and
// some pages write the name twice, once per screen size; read as one
// string they glue ("Jane DoeAcme Labs"). Elements other than inline
// formatting (<b>, <em>, ...) are read with a space around them; the
// date texts keep the plain reading (a date split over elements stays
// whole).
func bylineText(n *html.Node, t string) string {
	if s := creditControlCut(n); s != "" {
		return s // rule bylineControlLink (authors_controls.go)
	}
	if s := itemNames(n); s != "" {
		return s // rule authorItemNames (authors_items.go)
	}
	if s := breakFields(n); s != "" {
		return s // rule bylineBreakFields (authors_breaks.go)
	}
	if s := creditField(n); s != "" {
		return s // rule bylineCreditField (authors_breaks.go)
	}
	if !hasGluedParts(n) {
		return t
	}
	var sb strings.Builder
	budget := textNodeBudget
	var rec func(n *html.Node, depth int)
	rec = func(n *html.Node, depth int) {
		if budget--; budget < 0 || depth > 64 || sb.Len() > maxCandidateText*2 {
			return
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && textSkipped(n.Data) {
			return
		}
		sep := n.Type == html.ElementNode && depth > 0 && !inlineFormatting(n.Data)
		if sep {
			sb.WriteByte(' ')
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch, depth+1)
		}
		if sep {
			sb.WriteByte(' ')
		}
	}
	rec(n, 0)
	return clean(sb.String())
}

// hasGluedParts reports whether two text nodes of n in different elements
// meet with letters or digits on both sides and no space between
// ("Doe" then "Acme"): only then does bylineText read n again.
func hasGluedParts(n *html.Node) bool {
	var prev *html.Node
	budget := textNodeBudget
	glued := false
	var rec func(n *html.Node, depth int)
	rec = func(n *html.Node, depth int) {
		if glued || depth > 64 {
			return
		}
		for ch := n.FirstChild; ch != nil && !glued; ch = ch.NextSibling {
			if budget--; budget < 0 {
				return
			}
			switch ch.Type {
			case html.TextNode:
				if strings.TrimSpace(ch.Data) == "" {
					prev = nil // a space between
					continue
				}
				if prev != nil && prev.Parent != ch.Parent {
					a, _ := utf8.DecodeLastRuneInString(prev.Data)
					b, _ := utf8.DecodeRuneInString(ch.Data)
					if isWordRune(a) && isWordRune(b) {
						glued = true
						return
					}
				}
				prev = ch
			case html.ElementNode:
				if !textSkipped(ch.Data) {
					rec(ch, depth+1)
				}
			}
		}
	}
	rec(n, 0)
	return glued
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// inlineFormatting reports whether tag styles words inside a line
// ("<b>J</b>ane", "Jane <em>Doe</em>") rather than holding a part of it.
func inlineFormatting(tag string) bool {
	switch tag {
	case "b", "i", "em", "strong", "u", "sup", "sub", "small", "mark", "abbr", "wbr":
		return true
	}
	return false
}

// nameOnce applies rule authorNameTwice: a byline that writes its name
// twice (once per screen size, or a link and its label) reads "Jane Doe
// Jane Doe", or "Jane DoeJane Doe" with nothing between; the name is
// kept once. Only a repetition of two words or more at the end counts:
// "Doe Doe" may be a name.
func nameOnce(p string) string {
	if h := len(p) / 2; len(p)%2 == 0 && h > 0 && strings.Contains(p[:h], " ") && p[:h] == p[h:] {
		return p[:h]
	}
	words := strings.Fields(p)
	n := len(words)
	for k := n / 2; k >= 2; k-- {
		same := true
		for i := 0; i < k; i++ {
			if words[n-2*k+i] != words[n-k+i] {
				same = false
				break
			}
		}
		if same {
			return strings.Join(words[:n-k], " ")
		}
	}
	return p
}

// canonicalURL is a declared canonical address made absolute.
//
// Rule canonicalRepaired: templates break the address they declare in
// ways seen on real pages: the host left out or the slashes miscounted
// (repairedRef), and the whole address escaped once too often
// ("https://example.org%2Fposts%2Fkiln", unescaped once). An address that
// still yields nothing leaves the next declaration (og:url after
// rel=canonical) to name the page.
func (c *collector) canonicalURL(ref string) string {
	ref = repairedRef(ref)
	if ref == "" {
		return ""
	}
	if i := strings.Index(ref, "://"); i > 0 {
		host := ref[i+3:]
		if j := strings.IndexByte(host, '/'); j >= 0 {
			host = host[:j]
		}
		if strings.Contains(host, "%") {
			if u, err := url.PathUnescape(ref); err == nil {
				ref = u
			}
		}
	}
	return c.absURL(ref)
}

// repairedRef applies rule urlSlashes to a declared address (a canonical
// link, a lead image): "https:////cdn.example.com/a.jpg" has two slashes
// too many, "https:///tracks/9" and "https:/img/a.jpg" lost their host.
// After the scheme's colon, a first segment that looks like a host (it
// has a dot) is the host; otherwise the rest is a path on the page's own
// host.
func repairedRef(ref string) string {
	ref = strings.TrimSpace(ref)
	for _, scheme := range []string{"https:", "http:"} {
		if len(ref) <= len(scheme) || !strings.EqualFold(ref[:len(scheme)], scheme) {
			continue
		}
		rest := ref[len(scheme):]
		if strings.HasPrefix(rest, "//") && !strings.HasPrefix(rest, "///") {
			return ref // well formed
		}
		path := strings.TrimLeft(rest, "/")
		first := path
		if i := strings.IndexAny(path, "/?#"); i >= 0 {
			first = path[:i]
		}
		if strings.Contains(first, ".") && !strings.ContainsAny(first, " ") {
			return scheme + "//" + path
		}
		return "/" + path
	}
	return ref
}

// wholeWords applies rule descriptionWholeWords: a description that a
// publishing system cut from the article's opening at a fixed number of
// characters ends inside a word ("... the harbour master sai", "... the
// harbour master sai…"). When the page's opening paragraphs (or its
// JSON-LD articleBody) carry the description's text and go on with
// letters right where it stops, the cut word is completed from them and
// an ellipsis marks the cut. A description that ends at a word's end, or
// that the page's text does not carry, is left as written.
func (c *collector) wholeWords(d string) string {
	base := strings.TrimRightFunc(d, func(r rune) bool { return r == '…' || r == '.' || unicode.IsSpace(r) })
	if strings.HasSuffix(d, "..") || strings.HasSuffix(d, "…") {
		// base is d without its ellipsis
	} else if base != d {
		return d // ends with a full stop: a sentence's end
	}
	last, _ := utf8.DecodeLastRuneInString(base)
	if len(base) < minCutDescription || !isWordRune(last) || unspacedScript(last) {
		return d
	}
	texts := []string{c.ld.articleBody}
	var sb strings.Builder
	for _, p := range c.paras {
		if sb.Len() > len(base)+maxDescLead {
			break
		}
		sb.WriteString(textOf(p, len(base)+maxDescLead))
		sb.WriteByte(' ')
	}
	texts = append(texts, sb.String())
	for _, t := range texts {
		if t == "" {
			continue
		}
		t = clean(truncateRunes(t, len(base)+maxDescLead+200))
		i := strings.Index(t, base)
		if i < 0 || i > maxDescLead {
			continue
		}
		rest := t[i+len(base):]
		end := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) })
		if end == 0 {
			return d // the page's word ends where the description does
		}
		if end < 0 {
			end = len(rest)
		}
		if end > maxWordTail {
			return d
		}
		out := base + rest[:end]
		if strings.TrimSpace(rest[end:]) != "" {
			out += "…"
		}
		return out
	}
	return d
}

// minCutDescription, maxDescLead, maxWordTail, maxDescParas bound rule
// descriptionWholeWords: a description shorter than 40 bytes is a label,
// not a cut opening; the description starts within the first 300 bytes
// of the opening text (after a dateline or kicker); a word completed
// from the page is at most 40 bytes long; the opening is read from the
// first 12 paragraphs (cut descriptions on the dev pages start in the
// first three).
const (
	minCutDescription = 40
	maxDescLead       = 300
	maxWordTail       = 40
	maxDescParas      = 12
)

// unspacedScript reports whether r belongs to a script written without
// spaces between words, where a cut falls between any two characters.
func unspacedScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// sectionLabel applies rule sectionShape: a section is a short label
// ("Business", "Letters to the Editor"). Some templates fill the section
// field with the page's tag list ("Recipes, Cakes, Baking tips"), where
// the first tag is the section; with its headline, a sentence or an
// address, where there is no section to give.
func sectionLabel(s, title string) string {
	if s == "" {
		return ""
	}
	if parts := strings.Split(s, ","); len(parts) >= minSectionListItems {
		short := true
		for _, p := range parts {
			if len(strings.Fields(p)) > maxSectionListItemWords {
				short = false
				break
			}
		}
		if short {
			s = strings.TrimSpace(parts[0])
		}
	}
	switch {
	case strings.Contains(s, "://"), len(strings.Fields(s)) > maxSectionWords,
		title != "" && normTitle(s) == normTitle(title):
		return ""
	}
	return s
}

// maxSectionWords, maxSectionListItemWords, minSectionListItems: the
// longest section labels on the dev pages have seven words ("School of
// Arts, Media and Design"), longer values are sentences
// or headlines; a list of three or more items of up to four words each
// ("Glazes, Studio news, types of clay bodies") is a tag list,
// where two items may be one name with a comma.
const (
	maxSectionWords         = 8
	maxSectionListItemWords = 4
	minSectionListItems     = 3
)

// cutAgency applies rule authorAgencyTail: a wire story's byline names
// the reporter and then the agency, often on one line with nothing
// between ("JANE DOE Associated Press", "Jane Doe Reuters"); the agency
// is the outlet of the copy, not a second part of the name. Only a name
// of two words or more before the agency is cut, so that an agency
// credited alone stays as written.
func cutAgency(p string) string {
	for _, a := range lexicon.WireAgencies {
		if len(p) <= len(a)+1 || !strings.EqualFold(p[len(p)-len(a):], a) || p[len(p)-len(a)-1] != ' ' {
			continue
		}
		head := strings.TrimRight(p[:len(p)-len(a)-1], " ,-–—|/")
		if len(strings.Fields(head)) >= 2 {
			return head
		}
	}
	return p
}

// cutSitePrefix applies rule titleSitePrefixColon: a <title> that opens
// with the site's name and a colon ("Example.com: Steel kettle, 1.7 l :
// Kitchen") carries the page's name after it, where the separator lists
// miss the unspaced colon. The title without the site's name is one more
// reference the headings may agree with (the shop's product heading,
// "Steel kettle, 1.7 l", is the headline); the <title> as written stays
// the metadata title, which front pages and listings are named by
// ("Example: News for developers"). Only a name equal to one of the
// site's names counts ("Brexit: what next" keeps its head).
func cutSitePrefix(t string, sites []string) string {
	i := strings.Index(t, ": ")
	if i <= 0 || i > maxSitePrefix {
		return t
	}
	if rest := strings.TrimSpace(t[i+2:]); rest != "" && isSite(t[:i], sites) {
		return rest
	}
	return t
}

// maxSitePrefix: the longest site name cutSitePrefix looks for, in bytes:
// room for a name of a few words ("The Example Daily Chronicle" has 27).
const maxSitePrefix = 40

// archivedHost applies rule outletArchived: a page read from a web
// archive ("https://web.archive.org/web/20110305120000/http://example.de/a")
// was published by the archived site, not by the archive; its host
// ("example.de", without "www.") stands for the outlet where the page
// names none. It returns "" for any other page.
func archivedHost(u *url.URL) string {
	if !strings.EqualFold(u.Hostname(), "web.archive.org") {
		return ""
	}
	p := strings.TrimPrefix(u.Path, "/web/")
	if p == u.Path {
		return ""
	}
	i := strings.IndexByte(p, '/')
	if i < 0 {
		return ""
	}
	orig, err := url.Parse(p[i+1:])
	if err != nil || orig.Hostname() == "" {
		return ""
	}
	return bareHost(orig.Hostname())
}

// shapeWords cuts from a byline part's words w what follows or precedes
// the name in four shapes seen in bylines, and returns the name's words,
// a subslice of w, shorter than w whenever it cut something:
//
//   - Rule authorForOutlet: "Jane Doe for The Evening Post", "Jane Doe
//     For Harbour Daily": the outlet the reporter wrote for, a short name
//     in capitals, follows "for" after a name of two or three words;
//     names of bodies ("National Centre for Rare Diseases") keep theirs,
//     and a phrase ("for Kiln logs and glaze notes") is no outlet.
//   - Rule authorAvatarInitials: "JD Jane Doe": an avatar's initials
//     before the name they abbreviate.
//   - Rule authorTrailingWord: "Jane Doe As" (from "Jane Doe As head
//     of ..., I have ..."): a name does not end with an article or a
//     preposition; what still ends so once a name's length is reached
//     ("Notes From" of a column "Notes From The Editor") is no name.
//   - Rule authorForumRank: "skyfan42 Gold Poster", "QuietFox Senior
//     Member": a forum handle followed by the poster's rank.
func shapeWords(w []string) []string {
	for i := 2; i < len(w) && i <= 3; i++ {
		if strings.EqualFold(w[i], "for") && outletAfter(w[i+1:]) && !lowerIn(bodyWords, w[i-1]) && model.StartsUpper(w[0]) && model.StartsUpper(w[1]) {
			w = w[:i]
			break
		}
	}
	if len(w) >= 3 && len(w[0]) >= 2 && len(w[0]) <= 3 && strings.ToUpper(w[0]) == w[0] {
		ok := len(w)-1 >= len(w[0])
		for j := 0; ok && j < len(w[0]); j++ {
			r, _ := utf8.DecodeRuneInString(w[j+1])
			ok = unicode.ToUpper(r) == rune(w[0][j])
		}
		if ok {
			w = w[1:]
		}
	}
	for len(w) >= 3 && len(w) <= maxTrimmedNameWords+1 && stopEnd(w) {
		w = w[:len(w)-1]
	}
	if len(w) >= 2 && stopEnd(w) {
		return w[:0] // still a phrase cut short ("Notes From"), no name
	}
	if len(w) >= 2 && lowerIn(forumRanks, w[len(w)-1]) && handleLike(w[0]) {
		w = w[:1]
	}
	return w
}

// bodyWords name bodies whose names go on with "for" (rule
// authorForOutlet).
var bodyWords = map[string]bool{
	"center": true, "centre": true, "institute": true, "association": true, "society": true, "foundation": true,
	"council": true, "committee": true, "office": true, "department": true, "coalition": true, "alliance": true,
	"campaign": true, "network": true, "partnership": true, "fund": true, "trust": true, "league": true,
	"union": true, "agency": true, "commission": true, "school": true, "college": true, "university": true,
	"academy": true, "board": true, "bureau": true, "ministry": true, "initiative": true, "project": true,
}

// maxTrimmedNameWords: rule authorTrailingWord leaves names of two or
// three words, a person's; a longer run before the stray word is a phrase
// the name rules refuse as it is.
const maxTrimmedNameWords = 3

// stopEnd reports whether the last of the words w is one no name ends
// with (rule authorTrailingWord); a single letter is an initial ("K A").
//
// The stop words are English: after words in another alphabet's letters
// the last word is a name's ("Nguyễn Văn An", where "An" is a given name).
func stopEnd(w []string) bool {
	last := w[len(w)-1]
	return len(last) > 1 && lowerIn(nameEndStop, last) && !nonASCIIWord(w[:len(w)-1])
}

// nonASCIIWord reports whether one of the words has a letter beyond ASCII.
func nonASCIIWord(w []string) bool {
	for _, x := range w {
		for i := 0; i < len(x); i++ {
			if x[i] >= utf8.RuneSelf {
				return true
			}
		}
	}
	return false
}

// nameEndStop are words no name ends with (rule authorTrailingWord).
var nameEndStop = map[string]bool{
	"as": true, "at": true, "in": true, "on": true, "of": true, "the": true, "a": true, "an": true,
	"with": true, "from": true, "to": true, "for": true, "and": true, "is": true, "was": true,
}

// forumRanks end a forum poster's rank (rule authorForumRank).
var forumRanks = map[string]bool{
	"owner": true, "moderator": true, "member": true, "admin": true, "administrator": true, "veteran": true,
	"newbie": true, "regular": true, "guru": true, "enthusiast": true, "supporter": true, "poster": true,
}

// handleLike reports whether w reads as a user name rather than a given
// name: a digit or underscore in it, or a capital after its first letter
// in a word with small letters ("skyfan42", "Quiet_Fox", "StarGazer";
// not "NOC").
func handleLike(w string) bool {
	inner, lower := false, false
	for i, r := range w {
		switch {
		case unicode.IsDigit(r) || r == '_':
			return true
		case i > 0 && unicode.IsUpper(r):
			inner = true
		case unicode.IsLower(r):
			lower = true
		}
	}
	return inner && lower
}

// outletAfter reports whether the words after "for" in a byline name an
// outlet: one to four words, each capitalised or "on"/"of"/"the" inside
// ("The Post on Sunday", "HarbourDaily").
func outletAfter(w []string) bool {
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for i, x := range w {
		if !model.StartsUpper(x) && (i == 0 || !lowerIn(nameEndStop, x)) {
			return false
		}
	}
	return true
}

// lowerIn reports whether the ASCII lower-case form of w is a key of m,
// without building the lower-case string (the name rules run on every
// byline part).
func lowerIn(m map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		b = append(b, lowerASCII(w[i]))
	}
	return m[string(b)]
}

// siteCompletion returns the site's name when the name n that a credit
// line raw yielded is that name cut short by the name rules ("Top
// Lantern" out of "Written by Top Lantern Marketing" on a site named
// so): n followed in raw by one or two more words makes a site name.
// It returns "" otherwise.
func siteCompletion(raw, n string, sites []string) string {
	i := strings.Index(raw, n)
	if i < 0 || !strings.Contains(n, " ") {
		return ""
	}
	rest := strings.Fields(raw[i+len(n):])
	ext := n
	for k := 0; k < len(rest) && k < maxSiteCompletionWords; k++ {
		if !strings.ContainsFunc(rest[k], isWordRune) {
			return "" // a separator ends the credit ("Jane Doe | Site")
		}
		ext += " " + rest[k]
		if isSite(ext, sites) {
			return ext
		}
	}
	return ""
}

// maxSiteCompletionWords: the name rules cut a site's name at its job
// word ("Marketing", "Media Group"), one or two words from its end.
const maxSiteCompletionWords = 2

// confirmedName applies rule authorConfirmedName: a byline that runs the
// author's roles on after the name ("By: Jane Doe Potter &
// Teacher" read as "Jane Doe Potter" and "Teacher") is trimmed to
// the name a later source gives on its own (the author box's "Jane
// Doe"): the first name is that name plus more words, and the one-word
// parts after it are the rest of the roles.
func confirmedName(names []string, later [][]string) []string {
	if len(strings.Fields(names[0])) < 3 {
		return names
	}
	for _, src := range later {
		for _, raw := range src {
			m := clean(raw)
			if strings.Count(m, " ") < 1 || !strings.HasPrefix(names[0], m+" ") {
				continue
			}
			out := []string{m}
			for _, n := range names[1:] {
				if strings.Contains(n, " ") {
					out = append(out, n)
				}
			}
			return out
		}
	}
	return names
}

// blurb applies rule authorBlurb: a byline-classed element that holds a
// sentence about the site or the author ("Our team shares notes on
// glazes, kiln firing, studio safety, and how we plan the classes.")
// credits no one; split at its commas it would give phrases for names.
// A line of minBlurbWords words or more, most of them in small letters,
// is such a blurb unless two capitalised words follow each other among
// its first blurbNameWords words, where a name leads the author's own
// bio ("Jane Doe As head of the studio, I have ...", "Written by Jane
// Doe, ten years at the wheel ..."); credit lines are mostly capitalised names and labels
// ("By Jane Doe, Staff Writer. Published March 3, 2024 at 5:00 p.m.").
func blurb(raw string) bool {
	words, lower := 0, 0
	named, prevUpper := false, false
	for w := range strings.FieldsSeq(raw) {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		up := unicode.IsUpper(r)
		if unicode.IsLower(r) {
			lower++
		}
		if up && prevUpper && words <= blurbNameWords {
			named = true // a name opens it ("Written by Jane Doe, ...")
		}
		prevUpper = up
	}
	return !named && words >= minBlurbWords && float64(lower) > blurbLowerShare*float64(words)
}

// minBlurbWords, blurbLowerShare, blurbNameWords: rule authorBlurb's
// bounds. A long credit line ("By Jane Doe, Staff Writer. Published March
// 3, 2024 at 5:00 p.m.", twelve words, a quarter in small letters) stays
// well under them; the blurbs met on the dev pages run past twenty words,
// two thirds in small letters; a name leading a bio sits within its
// first four words.
const (
	minBlurbWords   = 14
	blurbLowerShare = 0.6
	blurbNameWords  = 4
)

// accountWord reports whether the one-word credit w is a publishing
// system's account rather than a person's handle: "admin" closing a run
// of letters (a system's name: "cmsadmin", "siteadmin") or opening
// a number ("admin2"). A handle that a person chose, with an underscore
// or a hyphen ("kiln_admin" on a forum), stays.
func accountWord(w string) bool {
	l := strings.ToLower(w)
	if len(l) <= len("admin") {
		return false
	}
	return strings.HasPrefix(l, "admin") && strings.Trim(l[len("admin"):], "0123456789") == "" ||
		strings.HasSuffix(l, "admin") && !strings.ContainsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
}

// otherEvent applies rule dateOtherEvent: a date shown with a label of
// another event than the page's publication dates that event, not the
// page: a sale's or an offer's end ("Spring sale ends 04/30/2030"), a deadline
// ("Deadline for entries: May 2nd"), a product's availability or release
// ("Expected to ship: 2 June", "Releases 9 June"), a shopper's or
// client's review ("Reviewed in Norway on 9 June", "Verified buyer
// 02.06.2030"), a member's last visit ("Last active ..."), an event the
// text announces ("will take place on 9th June") or a period ("2/3/2030
// - 4/28/2030"), or the clock of the server that served the page ("It
// is currently Tue Jun 4, 2030 8:05 am", "server time: ..."), which
// is the crawl's date. A page with another date read elsewhere (its
// metadata, a labelled publication date) keeps it.
func otherEvent(text string) bool {
	if len(text) > maxOtherEventText {
		text = truncateRunes(text, otherEventLead)
	}
	l := strings.ToLower(text)
	if strings.Contains(l, "\u00ad") {
		l = strings.ReplaceAll(l, "\u00ad", "") // a soft hyphen inside "Dead-line"
	}
	for _, p := range otherEventPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	if strings.IndexAny(l, "-–") >= 0 && dateRange.MatchString(l) {
		return true
	}
	return anyWordIn(l, otherEventWords)
}

// maxOtherEventText, otherEventLead: the labelled date texts rule
// dateOtherEvent reads are short lines; of a longer text only the opening
// counts ("Spring sale ends 04/30/2030. Use code TIDE at checkout ..."),
// since further in the word may belong to prose around a publication
// date.
const (
	maxOtherEventText = 160
	otherEventLead    = 48
)

// otherEventWords and otherEventPhrases label dates of other events
// (rule dateOtherEvent), in the languages of the dev pages.
var (
	otherEventWords = map[string]bool{
		"ends": true, "ending": true, "deadline": true, "expires": true, "expiry": true, "expected": true,
		"availability": true, "releases": true, "sale": true, "offer": true,
		"endet": true, "verfügbar": true, "erscheint": true, "frist": true, "angebot": true,
		"currently": true, "reviewing": true, "verified": true, "beginning": true,
	}
	otherEventPhrases = []string{"server time", "current time", "reviewed in ", "time now", "last active",
		"will take place", "takes place", "findet statt"}
	// dateRange is a period: two numeric dates joined by a dash
	// ("2/3/2030 - 4/28/2030"), an event's or a course's, not a
	// publication's.
	dateRange = regexp.MustCompile(`\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\s*[-–]\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}`)
)

// otherEventDay reports whether a text the page shows gives day to
// another event than the page's publication (rule dateOtherEvent), and
// none gives it to the page.
func (c *collector) otherEventDay(day string, now time.Time) bool {
	other := false
	for _, st := range c.shownTexts(now, -1) {
		if st.day != day {
			continue
		}
		if !otherEvent(st.text) {
			if pubLabels.inFolded(st.text) {
				return false
			}
			continue
		}
		other = true
	}
	return other
}

// noEmphasis applies rule titleEmphasis: a metadata title written with
// the site's text markup ("*A Pamphlet on Tea* (1811)", "**New**:
// the tide tables") shows its asterisks to no reader, who sees the
// words in italics or bold; the asterisks around words are dropped.
func noEmphasis(t string) string {
	if strings.IndexByte(t, '*') < 0 {
		return t
	}
	return emphasis.ReplaceAllString(t, "${1}${2}${3}")
}

// emphasis is a run of words between one or two asterisks on each side,
// the markup's italics and bold, set off from the words around it; a
// lone asterisk ("5*", footnotes) stays, and so do asterisks inside
// words, as German writes "Lehrer*innen und Schüler*innen".
var emphasis = regexp.MustCompile(`(^|[^\p{L}\p{N}*])\*{1,2}([^*\s][^*]*[^*\s]|[^*\s])\*{1,2}($|[^\p{L}\p{N}*])`)

// layoutBoxes applies rule authorLayoutBoxes: an author box holds one
// name, which may come twice (a short and a long box); a page whose
// "box"- or "bio"-classed sections give maxBoxNames different headings
// or more ("KILN COURSES", "Vouchers", "Opening
// Hours") is built of such boxes for layout, and their headings name no
// author.
func (c *collector) layoutBoxes() bool {
	var seen []string
	for _, b := range c.bylines {
		if !b.box || slices.Contains(seen, b.text) {
			continue
		}
		if seen = append(seen, b.text); len(seen) >= maxBoxNames {
			return true
		}
	}
	return false
}

// maxBoxNames: three different author-box headings on one page are
// layout (rule authorLayoutBoxes); a post by two authors has two boxes.
const maxBoxNames = 3

// tagShape applies rule tagShape: a tag is a word or a short phrase. A
// publishing system leaks other things into the tag fields: a field
// with its key ("pageTitle: Kiln care in winter"), an entity tagger's
// type labels ("ENTITY Jane Doe LABEL_ARTIST"); such values are no tags.
// A list of three items or more written as one tag ("Pottery,Glazes,
// Kilns") is split into its items (minTagListCommas).
// A key is one token opening in a small letter ("region", "pageTitle",
// "content-type"); "DIY: Kleines Farbbuch" or "Politik: Inland" are tags.
func tagShape(v string) bool {
	if i := strings.Index(v, ": "); i > 0 && fieldKey.MatchString(v[:i]) {
		return false // "pageTitle: ...", "content-type: ...": a key, not a tag
	}
	for w := range strings.FieldsSeq(v) {
		if strings.Contains(w, "_") && strings.ToUpper(w) == w && strings.ContainsFunc(w, unicode.IsLetter) {
			return false // "LABEL_ARTIST": a tagger's label
		}
	}
	return true
}

// fieldKey is a data field's key (rule tagShape).
var fieldKey = regexp.MustCompile(`^[a-z][A-Za-z0-9_-]*$`)

// minTagListCommas: two commas in one tag make it a list of three.
const minTagListCommas = 2

// bylineOpensWith reports whether one of the page's byline texts opens
// with the credit n ("TIDEFOX Member Profile ..." for "TIDEFOX").
func (c *collector) bylineOpensWith(n string) bool {
	for _, b := range c.bylines {
		if strings.HasPrefix(b.text, n) {
			return true
		}
	}
	return false
}
