package htmlmeta

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/embeds"
	"github.com/lede-news/lede/internal/lang"
	"github.com/lede-news/lede/internal/model"
)

// Meta is what a page says about itself.
type Meta struct {
	// Title is the headline as a reader sees it, without " | Site" parts.
	Title string
	// Outlet is the publication's name.
	Outlet string
	// CanonicalURL is the page's declared canonical link, made absolute.
	CanonicalURL string
	// Language is an ISO 639-1 code from the page's declarations.
	Language    string
	Description string
	Section     string
	// Authors are person names (no "By", dates or job titles).
	Authors []string
	Tags    []string
	// LeadImage is the page's declared main picture (og:image, JSON-LD image).
	LeadImage *model.Image
	Published *model.Date
	Modified  *model.Date
	// ArticleBody is the JSON-LD articleBody or itemprop=articleBody text, if any.
	ArticleBody string
	// Type is the page's declared kind (og:type or JSON-LD @type), e.g.
	// NewsArticle, Product, DiscussionForumPosting, article, website.
	Type string
}

// Apply copies the metadata into an Article, leaving fields the page did not
// declare as they were.
func (m *Meta) Apply(a *model.Article) {
	if m == nil || a == nil {
		return
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&a.Title, m.Title)
	set(&a.Outlet, m.Outlet)
	set(&a.CanonicalURL, m.CanonicalURL)
	set(&a.Language, m.Language)
	set(&a.Description, m.Description)
	set(&a.Section, m.Section)
	if len(m.Authors) > 0 {
		a.Authors = append([]string(nil), m.Authors...)
	}
	if len(m.Tags) > 0 {
		a.Tags = append([]string(nil), m.Tags...)
	}
	if m.Published != nil {
		d := *m.Published
		a.Dates.Published = &d
	}
	if m.Modified != nil {
		d := *m.Modified
		a.Dates.Modified = &d
	}
	if m.LeadImage != nil && a.Media.FeaturedImage == nil {
		img := *m.LeadImage
		a.Media.FeaturedImage = &img
	}
}

// Extract reads the metadata of the page parsed into doc. pageURL (may be
// empty) resolves relative links and gives URL-path dates and the host-derived
// outlet; now bounds dates (zero means time.Now()): none may lie after it.
func Extract(doc *html.Node, pageURL string, now time.Time) *Meta {
	if now.IsZero() {
		now = time.Now()
	}
	m := &Meta{}
	if doc == nil {
		return m
	}
	c := collect(doc, pageURL)
	c.decide(m, now)
	if len(m.Authors) == 0 || c.authorIsOrg {
		// Rules authorLabelledInText, authorCopyrightHolder and
		// authorSiteOwner (authors.go), the last resort.
		// A labelled credit that is the organisation's name cut short
		// ("Written by Top Lantern Marketing" read as "Top Lantern")
		// leaves the whole name (rule authorWholeSiteName, authors.go).
		if n := c.lastResortAuthor(doc, m.Outlet, m.Published != nil); n != "" &&
			!(c.authorIsOrg && len(m.Authors) == 1 && strings.HasPrefix(m.Authors[0], n+" ")) {
			m.Authors = []string{n}
		}
	}
	host := ""
	if c.pageURL != nil {
		host = c.pageURL.Hostname()
		if h := archivedHost(c.pageURL); h != "" {
			// Rule outletArchived (defects.go).
			if strings.EqualFold(strings.TrimPrefix(m.Outlet, "www."), strings.TrimPrefix(host, "www.")) {
				m.Outlet = h
			}
			host = h
		}
	}
	// Rules outletAddress and outletSlogan (defects.go), once the title and
	// authors, which weigh the outlet as written, are chosen.
	m.Outlet = outletName(m.Outlet, host)
	return m
}

// walkState is what the walk knows about a node's ancestors.
type walkState struct {
	depth int
	// inHead: inside <head>.
	inHead bool
	// inChrome: inside navigation, header, footer, aside or a region whose
	// class names it as such; h1s and bylines there are site furniture.
	inChrome bool
	// inHeadlineChrome: inside a region whose class names it as chrome but
	// that holds an <h1> (headlinePath) or is <body> or <html> (whose
	// classes name the layout), so not marked inChrome: dates and bylines
	// there are read, while headline candidates keep the chrome mark the
	// title rules were tuned with.
	inHeadlineChrome bool
	// inPost: inside an embedded post's code (rule embeddedPostChrome):
	// its lines are not the lines under the headline.
	inPost bool
	// inComments: inside a reader-comments region; bylines and dates there
	// belong to commenters.
	inComments bool
	// inReviews: inside customers' reviews (rule dateNotReviews).
	inReviews bool
	// inLinkCard: inside a card linking to another page, whose dates are
	// that page's (rule dateNotLinkCards).
	inLinkCard bool
	// inArticle: inside <article>, <main> or an itemprop=articleBody element.
	inArticle bool
	// inAuthor: inside an itemprop=author element.
	inAuthor bool
	// inSVG: inside <svg> or <math>, whose <title> is not the page's.
	inSVG bool
	// inH1: inside an <h1>, whose text is already taken.
	inH1 bool
	// inByline: inside an element already taken as a byline.
	inByline bool
	// inAuthorBox: inside an author bio box whose name is not yet taken.
	inAuthorBox bool
	// inFigure: inside a <figure> or <figcaption>, whose credits are a
	// picture's (rule bylineNotPhotoCredit).
	inFigure bool
	// item: the microdata item around (rule authorListedWorkScope).
	item itemScope
}

// headlineChrome reports whether a headline candidate here is in the page
// chrome: inChrome, or inHeadlineChrome, which marks headlines only.
func (st walkState) headlineChrome() bool {
	return st.inChrome || st.inHeadlineChrome
}

// othersDates reports whether the dates and lines read here are another's,
// not the page's: a commenter's, a customer's in reviews (rule
// dateNotReviews) or a linked page's in a card (rule dateNotLinkCards).
func (st walkState) othersDates() bool {
	return st.inComments || st.inReviews || st.inLinkCard
}

// maxScriptScan bounds the script size searched for a publication date.
const maxScriptScan = 2 << 20

// scriptDateKeys name the publication date in script data.
var scriptDateKeys = []string{"datePublished", "publishDate", "publishedDate", "publishedAt", "published_at", "publicationDate", "firstPublished", "pubDate"}

// scriptDateValue is the ISO value after a key, possibly inside an escaped
// JSON string (\"datePublished\":\"2025-02-04...\").
var scriptDateValue = regexp.MustCompile(`^\\?"\s*:\s*\\?"(\d{4}-\d{2}-\d{2}[^"\\]{0,30})`)

// scriptPublishedDate finds a publication date in script data. The keys are
// looked up with strings.Index and the pattern runs only after them: app
// state scripts run to megabytes.
func scriptPublishedDate(data string) string {
	for _, k := range scriptDateKeys {
		from := 0
		for tries := 0; tries < 4; tries++ {
			i := strings.Index(data[from:], k)
			if i < 0 {
				break
			}
			at := from + i + len(k)
			end := min(at+60, len(data))
			if m := scriptDateValue.FindStringSubmatch(data[at:end]); m != nil {
				return m[1]
			}
			from = at
		}
	}
	return ""
}

// publishedAttr reports whether an attribute name carries a publication
// date. A switch, not a map: every attribute of every element is asked,
// and a switch on strings compares lengths first, with no hashing.
func publishedAttr(key string) bool {
	switch key {
	case "created-timestamp", "data-published", "data-publish-date", "data-date-published",
		"published-at", "data-published-at", "data-pubdate", "publish-date":
		return true
	}
	return false
}

// maxJSONLDBytes bounds the JSON-LD decoded per page: real pages carry a
// few kilobytes; shops that inline whole catalogues are cut here.
const maxJSONLDBytes = 1 << 20

// maxMetaKeys bounds the distinct meta names kept (real pages have dozens).
const maxMetaKeys = 500

// maxBodyLines: the first lines of a page hold its dateline if it has one.
const maxBodyLines = 60

// rdfaProp maps an RDFa property (schema:datePublished, dc:date) to the
// microdata name handled alike.
func rdfaProp(p string) string {
	switch p {
	case "":
		return ""
	case "dc:date", "dcterms:date", "dcterms:created", "dcterms:issued", "dc:created", "article:published_time":
		return "datepublished"
	case "dcterms:modified", "article:modified_time":
		return "datemodified"
	}
	if i := strings.IndexByte(p, ':'); i >= 0 && p[:i] == "schema" {
		switch q := p[i+1:]; q {
		case "datepublished", "datecreated", "datemodified", "headline", "author", "creator":
			return q
		}
	}
	return ""
}

// maxDepth bounds the walk on pathologically nested pages; real article
// content sits far shallower (the deepest benchmark pages reach ~60).
const maxDepth = 400

// Caps on collected candidates keep the cost flat on huge pages.
const (
	maxH1s       = 12
	maxBylines   = 24
	maxDateTexts = 60
	maxTimes     = 24
	// maxCandidateText: a byline or date line longer than this is prose, not metadata.
	maxCandidateText = 200
)

type h1Cand struct {
	text      string
	inArticle bool
	inChrome  bool
	// titleClass: the element or its parent is named as a title/headline.
	titleClass bool
	order      int
	// brHead is the heading's text before a <br> of its own, where the
	// heading goes on after it (rule titleBreakSubtitle); "" otherwise.
	brHead string
}

type bylineCand struct {
	text string
	// box: the name heading an author bio box, the weakest credit.
	box bool
	// strong: microdata/rel=author/meta-level evidence rather than a class name.
	strong bool
	order  int
	// item: the microdata item of an itemprop credit.
	item itemScope
}

type timeCand struct {
	value string
	// kind: "published", "modified" or "" when the element does not say.
	kind     string
	evidence string
	order    int
	// chrome: an unmarked <time> in navigation or a sidebar, a weak hint.
	chrome bool
	// item: the microdata item of an itemprop date.
	item itemScope
}

type collector struct {
	// classMemo holds classSetsOf's answers for the page's class texts,
	// keyed on the text as written.
	classMemo map[string]classSets
	pageURL   *url.URL
	htmlLang  string
	// slashOrder caches rule dateSlashOrder's reading of the page's own
	// slashed dates (see dayFirst).
	slashOrder int8
	docTitle   string
	// metas maps a lower-cased name/property/itemprop to its contents in order.
	metas     map[string][]string
	canonical string
	jsonld    []string
	// jsonldBytes is the JSON-LD read so far, bounded by maxJSONLDBytes.
	jsonldBytes int
	h1s         []h1Cand
	// h1Extras are main h1s' full texts where they differ from the
	// headline: the dates and labels inside the heading.
	h1Extras []string
	// commentTime is the datetime of the first <time> in a reader-comments
	// region (rule dateCommentTime).
	commentTime string
	// scriptDate is a publication date found in a non-JSON-LD script.
	scriptDate string
	// labels are texts labelled as the publication date (dates_labels.go).
	labels dateLabels
	// siteTitles are the texts of the site's own name elements
	// (.site-title, .logo, .brand), which a <title> may repeat.
	siteTitles []string
	// ownSite is the <title>'s segment that the page shows as its site's
	// name on a page read without its address and declaring none (rule
	// titleOwnSiteName).
	ownSite string
	// heads are other elements named as the title (h2.entry-title, ...).
	heads []h1Cand
	// h2s are the first <h2>s outside the chrome.
	h2s     []h1Cand
	bylines []bylineCand
	// archiveLinks hold the names that the first links to an author's
	// archive pages show (rule authorArchiveLink).
	archiveLinks []string
	times        []timeCand
	// dateTexts are short visible texts that may carry a date (date/meta/byline classes).
	dateTexts []string
	// afterH1 are short texts that follow the first main h1, where bylines and datelines sit.
	afterH1 []string
	// dateTextsChrome and afterH1Chrome say which of dateTexts and
	// afterH1 sit in page chrome (a menu's or sidebar's dated cards).
	dateTextsChrome, afterH1Chrome []bool
	// afterH1Parted holds, by index into afterH1, the lines whose parts
	// sit in sibling elements glued without a space (rule
	// bylinePartsAfterH1); nil on most pages.
	afterH1Parted map[int]string
	// afterH1Image holds, by index into afterH1, the lines of an image's
	// credit or caption element (its class or its parent's names one:
	// imageClassed); nil on most pages. Rule authorNameAboveDate reads
	// no photographer's credit as the byline.
	afterH1Image map[int]bool
	// bodyLines are the page's first short lines outside navigation, the
	// last place a date or byline is looked for.
	bodyLines []string
	// paras are the page's first <p> elements outside navigation and
	// comments, read only when a description looks cut (rule
	// descriptionWholeWords).
	paras []*html.Node
	// signOff is the writer's name closing the text (rule authorSignOff).
	signOff string
	// forumPoster: a thread's first poster was taken (forumPoster,
	// authors_forum.go).
	forumPoster bool
	sawMainH1   bool
	headline    string // itemprop=headline text
	// Rule authorListedWorkScope (items_scope.go): the works (Book,
	// Recipe) in no other item, whether one was in another, and the
	// itemprop metas and headline of the former, kept if it is alone.
	topWorks     int
	nestedWorks  bool
	workMetas    map[string][]string
	workHeadline string
	// articleBodies are the itemprop=articleBody elements in document
	// order; their text is built in decide, and only when JSON-LD gives no
	// articleBody (the text of a large body element was a tenth of our
	// time on dense pages).
	articleBodies []*html.Node
	order         int

	ld ldData
	// authorIsOrg: the authors found are only an organisation or a
	// declared value credited for want of a person (authors.go).
	authorIsOrg bool

	// headlinePath holds the near ancestors of the page's <h1> elements: a
	// region named as chrome that holds the headline is the page, not its
	// furniture (an intro band classed for the breadcrumb it also holds).
	headlinePath map[*html.Node]bool

	// skipCards: the dates of cards linking to other pages are skipped
	// (rule dateNotLinkCards).
	skipCards bool
}

// maxHeadingLen: a title-classed element or <h2> with this many bytes of
// text or more is a block of text, not a headline candidate (the bound the
// heading candidates have always used).
const maxHeadingLen = 400

// maxHeadlineLift is how many levels above an <h1> headlinePath reaches:
// an intro band around the headline and its caption line holds it three
// levels up (div.intro__breadcrumbNavigation > div.container > div > h1);
// a wrapper further up holding the whole page (with the site's header and
// its date widgets) keeps its chrome mark.
const maxHeadlineLift = 3

// maxHeadlineProbe bounds the text read to tell a headline from a logo
// <h1> holding only an image.
const maxHeadlineProbe = 64

// markHeadlinePath fills headlinePath from the first maxH1s <h1> elements
// under root.
func (c *collector) markHeadlinePath(root *html.Node) {
	c.headlinePath = map[*html.Node]bool{}
	found := 0
	var rec func(n *html.Node, depth int)
	rec = func(n *html.Node, depth int) {
		if depth > maxDepth || found >= maxH1s {
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if ch.Data == "h1" {
				if strings.TrimSpace(textOf(ch, maxHeadlineProbe)) == "" || siteTitleHeading(ch) {
					// A logo: an image in a heading, or the site's name
					// in a heading classed as such (a theme's
					// <h1 class="site-title">): the header around it
					// stays chrome, its "today" date no publication.
					continue
				}
				found++
				p := ch.Parent
				for range maxHeadlineLift {
					if p == nil {
						break
					}
					c.headlinePath[p] = true
					p = p.Parent
				}
				continue
			}
			rec(ch, depth+1)
		}
	}
	rec(root, 0)
}

// collect walks doc and reads its JSON-LD: the candidates every rule
// weighs, before any is decided (Extract, and the tests that look at
// them).
func collect(doc *html.Node, pageURL string) *collector {
	c := collectCards(doc, pageURL, false)
	if c.isProductPage() && c.hasLinkCard(doc) {
		// Rule dateNotLinkCards (dates_linkcards.go): known a product
		// page only once its JSON-LD is read, a page with link cards is
		// walked again with their dates skipped.
		c = collectCards(doc, pageURL, true)
	}
	return c
}

// collectCards is collect; skipCards skips the dates of link cards (rule
// dateNotLinkCards).
func collectCards(doc *html.Node, pageURL string, skipCards bool) *collector {
	c := newCollector(pageURL)
	c.skipCards = skipCards
	if doc.Parent == nil {
		// At the root of a document: mark the headline's ancestors
		// before the walk reaches them (a subtree is walked unmarked).
		c.markHeadlinePath(doc)
	}
	c.classMemo = classMemoPool.Get().(map[string]classSets)
	c.walk(doc, walkState{})
	// Only the walk reads the memo: it goes back to the pool, emptied
	// (it holds the page's class texts).
	clear(c.classMemo)
	classMemoPool.Put(c.classMemo)
	c.classMemo = nil
	c.dropListedWorks()
	c.parseJSONLD()
	if c.pageURL == nil && c.outlet() == "" {
		// Rule titleOwnSiteName (title_own.go).
		c.ownSite = ownSiteName(doc, c.docTitle)
	}
	return c
}

// classMemoPool keeps classSetsOf's memo from page to page: a page's
// memo grows to hundreds of class texts, and building it anew cost every
// page the map's growth (rehashing it at each doubling).
var classMemoPool = sync.Pool{New: func() any { return map[string]classSets{} }}

func newCollector(pageURL string) *collector {
	c := &collector{metas: map[string][]string{}}
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
			c.pageURL = u
		}
	}
	return c
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// foldedStyle is n's inline style in lower case without spaces, as the
// rules that look for a declaration read it ("display:none",
// "text-align:right").
func foldedStyle(n *html.Node) string {
	return strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// chromeWords in a class or id mark site furniture rather than the article.
var chromeWords = newWordSet("nav", "menu", "footer", "sidebar", "widget", "masthead", "site-header", "breadcrumb", "related", "promo", "newsletter", "cookie", "banner", "teaser", "recommend", "popular", "trending")

// chromeExempt words keep a region that also has a chrome word ("post-nav"
// is navigation, but "article-sidebar-wrapper" may hold the article).
var chromeExempt = newWordSet("article", "post", "entry", "content", "main", "story")

// commentWords in a class or id mark a reader-comments region.
var commentWords = newWordSet("comment", "disqus", "respond", "reply", "replies")

// bylineWords in a class, id, rel or itemprop mark an author credit.
var bylineWords = newWordSet("author", "byline", "by-line", "writer", "autor", "auteur", "reporter", "contributor", "posted-by", "postedby", "creator", "submitted", "username")

// bylineNoise in a class marks author furniture that is not the credit itself
// (avatars, bio boxes, "more by this author" lists).
var bylineNoise = newWordSet("avatar", "bio", "description", "desc", "image", "img", "photo", "picture", "social", "follow", "more", "box", "about", "jobtitle", "job-title", "job_title", "title", "role", "position", "count", "label", "prefix")

// bylineName in a class marks the name inside an author box
// ("elementor-author-box__name", "author-name"), taken despite bylineNoise.
var bylineName = newWordSet("name")

// dateWords in a class or id mark an element that shows a date.
var dateWords = newWordSet("date", "time", "publish", "posted", "dateline", "byline", "meta", "timestamp", "datum", "fecha", "data-", "updated", "info", "created", "calendar")

// isCommentRegion reports whether a class/id names a reader-comments region
// ("comments", "comment-list", "disqus_thread"), not a comment counter or
// link ("comment-count", "comments-link") or a page-level class
// ("comments-page" on old.reddit's body). cs is what classSetsOf gives
// for class.
func isCommentRegion(class string, cs classSets) bool {
	if cs&csComment == 0 {
		return false
	}
	for tok := range strings.FieldsSeq(class) {
		if !commentWords.in(tok) {
			continue
		}
		if containsAny(tok, []string{"count", "link", "button", "icon", "page", "no-comment", "number", "num", "btn", "open", "toggle", "show"}) {
			continue
		}
		return true
	}
	return false
}

// datelinePrefix: how much of a long paragraph's start is read for a dateline.
const datelinePrefix = 48

func truncateRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// pageWrapperForm reports whether a <form> sits within maxWrapperFormDepth
// levels of <body>, where only a form wrapping the page does.
func pageWrapperForm(n *html.Node) bool {
	p := n.Parent
	for range maxWrapperFormDepth {
		if p == nil {
			return false
		}
		if p.Data == "body" {
			return true
		}
		p = p.Parent
	}
	return false
}

// maxWrapperFormDepth: a page-wrapping form is a child of <body> or of its
// one wrapper <div> (<body><div><form id="aspnetForm">); search boxes and
// sign-up forms sit deeper.
const maxWrapperFormDepth = 2

// hasDescendant reports whether n has a tag element within a few levels.
func hasDescendant(n *html.Node, tag string, depth int) bool {
	budget := descendantBudget
	var rec func(n *html.Node, depth int) bool
	rec = func(n *html.Node, depth int) bool {
		if depth > 8 {
			return false
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if budget--; budget < 0 {
				return false
			}
			if ch.Type == html.ElementNode && (ch.Data == tag || rec(ch, depth+1)) {
				return true
			}
		}
		return false
	}
	return rec(n, depth)
}

// descendantBudget bounds hasDescendant's search: a site header's <nav>
// sits within its first few hundred nodes.
const descendantBudget = 2000

// classOf returns n's class and id, lower-cased, joined by a space.
func classOf(n *html.Node) string {
	cl, id := classIDAttrs(n)
	if id != "" {
		cl += " " + id
	}
	return strings.ToLower(cl)
}

// elemAttrs are the attributes element reads of every element, as
// written: class and id as classIDAttrs gives them, the others as attr.
type elemAttrs struct {
	class, id, itemprop, property, rel string
}

// elementAttrs reads elemAttrs in one pass over n's attributes rather
// than one per attribute name (TestElementAttrs pins it to classIDAttrs
// and attr).
func elementAttrs(n *html.Node) elemAttrs {
	var ea elemAttrs
	var seenProp, seenProperty, seenRel bool
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			ea.class = a.Val
		case "id":
			ea.id = a.Val
		case "itemprop":
			if !seenProp {
				ea.itemprop, seenProp = a.Val, true
			}
		case "property":
			if !seenProperty {
				ea.property, seenProperty = a.Val, true
			}
		case "rel":
			if !seenRel {
				ea.rel, seenRel = a.Val, true
			}
		}
	}
	return ea
}

// classIDAttrs returns n's class and id attributes as written.
func classIDAttrs(n *html.Node) (class, id string) {
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	return class, id
}

// classIDSets returns classOf's text for an element of class cl and id id
// (as written) and classWordSets' sets for it. The sets of "class id" are
// those of the class and of the id together (no word of the sets holds a
// space, so none spans the two, and lower-casing goes rune by rune), so
// the class's sets come from the memo (classSetsOf) even when an id makes
// the whole text unique, and only the id is read.
func (c *collector) classIDSets(cl, id string) (string, classSets) {
	lc, cs := c.classSetsOf(cl)
	if id == "" {
		return lc, cs
	}
	id = strings.ToLower(id)
	return lc + " " + id, cs | authorStemFree(id, classWordSets.match(id))
}

// photoCredit is rule bylineNotPhotoCredit: an element whose class names
// an author is a picture's credit, not the writer's, inside a <figure> or
// its caption, or where its text carries a licence ("Jo Ruiz / CC BY-SA
// 4.0", "via Wikimedia Commons"), as image credits of free pictures do.
// (TestBylineNotPhotoCredit.)
func photoCredit(t string, st *walkState) bool {
	return st.inFigure || licenceWords.inFolded(t)
}

// licenceWords mark a picture's licence in a credit line.
var licenceWords = newWordSet("cc by", "cc-by", "cc0", "creative commons", "wikimedia", "public domain", "licensed under", "licenced under")

// authorStemFree is rule bylineClassWordEnd: a byline word of a class or
// id counts only where it is not the stem of a longer word that names no
// author: "authorize", "unauthorized", "authorization-link" and
// "authority" are sign-up, log-in and institution classes, and a forum's
// "Join us" link in one was read as the page's byline. Only these stems
// are refused, not every glued continuation: "authorname", "authorbox"
// and "meta__authorname" are bylines as written on real pages, which a
// strict token boundary would lose (TestBylineClassWordEnd).
func authorStemFree(lc string, cs classSets) classSets {
	if cs&csByline == 0 {
		return cs
	}
	for s := lc; ; {
		i := bylineWords.index(s)
		if i < 0 {
			return cs &^ csByline
		}
		if !hasAnyPrefix(s[i:], notAuthorStems) {
			return cs
		}
		s = s[i+1:]
	}
}

// notAuthorStems begin with a byline word and name no author: permission
// (authorize, authorise, authorization; Spanish and Italian autorizar,
// French autorisation) and institutions (authority, autorità, autoridad),
// and words of "auto" that hold "autor" (autorefresh, autorelated,
// autoradio, autoresolve, autorotate, autorun, autoreply, autorenew; not
// German "autoren", authors).
var notAuthorStems = []string{"authoriz", "authoris", "authorit", "autoriz", "autoris", "autorit", "autorid",
	"autoref", "autorel", "autorad", "autoresol", "autorot", "autorun", "autorepl", "autorenew"}

// classSets records which of the walk's class word sets a class text
// holds. Pages repeat a few class texts on thousands of elements (the
// extract/ and extract-wcxb/ page with the most classed elements without
// an id has 7,213 of them and 275 distinct class texts, counted over its
// html.Parse tree in November 2026), and element tests each against nine
// word sets, so the collector keeps each id-less text's sets.
type classSets uint16

const (
	csTitle classSets = 1 << iota
	csChrome
	csChromeExempt
	csComment
	csSiteTitle
	csByline
	csBylineNoise
	csBylineName
	csDate
	// csLowerCase marks a class text of classMemo that is lower-case as
	// written; no word set answers with it.
	csLowerCase
)

// classWordSets are the word sets classSetsOf looks for, read in one pass
// over a class text rather than one per set (ids make most class texts
// unique, so the memo does not spare these).
var classWordSets = newSetGroup([]*wordSet{
	titleClasses, chromeWords, chromeExempt, commentWords, siteTitleWords,
	bylineWords, bylineNoise, bylineName, dateWords,
}, []classSets{
	csTitle, csChrome, csChromeExempt, csComment, csSiteTitle,
	csByline, csBylineNoise, csBylineName, csDate,
})

// classSetsOf returns class lower-cased and the word sets it holds, from
// the memo when the page has met the class text before. The memo is keyed
// on the text as written and says whether it is lower-case already, as
// most class texts are: a hit then spares strings.ToLower's pass too,
// which was a third of classIDSets (go test ./internal/htmlmeta -run '^$'
// -bench '^BenchmarkExtract$' -cpuprofile cpu.out, November 2026). Both
// answers are pure functions of the text.
func (c *collector) classSetsOf(class string) (string, classSets) {
	if class == "" {
		return "", 0
	}
	if cs, ok := c.classMemo[class]; ok {
		if cs&csLowerCase != 0 {
			return class, cs &^ csLowerCase
		}
		return strings.ToLower(class), cs
	}
	lc := strings.ToLower(class)
	cs := authorStemFree(lc, classWordSets.match(lc))
	if c.classMemo == nil {
		c.classMemo = map[string]classSets{}
	}
	if lc == class {
		c.classMemo[class] = cs | csLowerCase
	} else {
		c.classMemo[class] = cs
	}
	return lc, cs
}

// shortText returns n's text when it is short enough to be a byline or a
// date line (not a paragraph or a whole section).
func shortText(n *html.Node) (string, bool) {
	var raw string
	if d, pad, ok := soleText(n); ok {
		// textOf would copy d between its pad spaces, which clean
		// drops: d itself is cleaned, and often is clean already, so
		// that no copy is made at all.
		if len(d)+pad > maxCandidateText*2 {
			return "", false
		}
		raw = d
	} else {
		raw = textOf(n, maxCandidateText*2)
		if len(raw) > maxCandidateText*2 {
			return "", false
		}
	}
	t := clean(raw)
	return t, t != "" && len(t) <= maxCandidateText
}

// soleText is shortText's fast path for an element holding one text node
// and nothing else (most bylines, date lines and the page's short lines):
// its text, and the spaces textOf writes around it for the tag (pad), so
// that textOf(n, limit) is d with pad spaces around it. shortText asks
// up to a hundred elements a page, and textOf built each text in a new
// buffer, which clean then copied again (shortText was 7% of Extract:
// go test ./internal/htmlmeta -run '^$' -bench '^BenchmarkExtract$'
// -cpuprofile cpu.out). TestShortTextSole pins it to textOf.
func soleText(n *html.Node) (d string, pad int, ok bool) {
	ch := n.FirstChild
	if n.Type != html.ElementNode || ch == nil || ch != n.LastChild || ch.Type != html.TextNode {
		return "", 0, false
	}
	switch n.Data {
	case "script", "title", "style":
		return "", 0, false
	case "br", "tr":
		pad = 1
	case "p", "div", "li", "td", "h2", "h3", "h4":
		pad = 2
	}
	if textSkipped(n.Data) {
		return "", 0, false
	}
	return ch.Data, pad, true
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func (c *collector) walk(n *html.Node, st walkState) {
	if st.depth > maxDepth {
		return
	}
	st.depth++
	switch n.Type {
	case html.ElementNode:
		if !c.element(n, &st) {
			return
		}
	case html.TextNode:
		if !st.inHead && !st.othersDates() {
			c.labels.text(n.Data, st.inChrome)
		}
		return
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, st)
	}
}

// element records what n tells and updates st for its children; it returns
// false when the children need no visit.
func (c *collector) element(n *html.Node, st *walkState) bool {
	c.order++
	ea := elementAttrs(n)
	class, cs := c.classIDSets(ea.class, ea.id)
	itemprop := strings.ToLower(ea.itemprop)
	switch n.Data {
	case "head":
		st.inHead = true
	case "html":
		if l := attr(n, "lang"); l != "" && c.htmlLang == "" {
			c.htmlLang = l
		} else if l := attr(n, "xml:lang"); l != "" && c.htmlLang == "" {
			c.htmlLang = l
		}
	case "svg", "math":
		st.inSVG = true
		return false
	case "figure", "figcaption":
		st.inFigure = true
	case "title":
		if c.docTitle == "" && !st.inSVG {
			c.docTitle = trimDanglingSeparators(clean(textOf(n, 400)))
		}
		return false
	case "meta":
		c.meta(n, st.item)
		return false
	case "link":
		rel := strings.ToLower(attr(n, "rel"))
		if c.canonical == "" && hasWord(rel, "canonical") {
			c.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case "script":
		typ := strings.ToLower(attr(n, "type"))
		if strings.Contains(typ, "ld+json") && len(c.jsonld) < 16 && c.jsonldBytes < maxJSONLDBytes {
			src := textOf(n, 1<<20)
			c.jsonldBytes += len(src)
			c.jsonld = append(c.jsonld, src)
		} else if c.scriptDate == "" && n.FirstChild != nil && len(n.FirstChild.Data) < maxScriptScan && strings.Contains(n.FirstChild.Data, "ublish") {
			// App state of script-rendered pages (Next.js __NEXT_DATA__,
			// dataLayer) names the publication date when no JSON-LD does.
			c.scriptDate = scriptPublishedDate(n.FirstChild.Data)
		}
		return false
	case "noscript":
		c.servedCopyAuthor(n)
		return false
	case "form":
		// A form at the top of <body> wraps the whole page (ASP.NET
		// WebForms: <body><div><form id="aspnetForm">...); other forms
		// are search boxes, logins and newsletter sign-ups.
		if !pageWrapperForm(n) {
			return false
		}
	case "style", "template", "iframe", "select", "option", "button":
		return false
	case "nav", "footer", "aside":
		st.inChrome = true
	case "blockquote", "amp-twitter", "amp-instagram", "amp-facebook", "amp-reddit", "amp-tiktok":
		// Rule embeddedPostChrome: an embedded post's code (X's
		// blockquote.twitter-tweet, Instagram's, TikTok's, ...) holds
		// its author's name and its own day ("— Jane Roe (@jroe) March 3,
		// 2026"), which a page without another date gave as its
		// publication date: it is the post's, like a sidebar's, never
		// the article's. (lede bench extract on both sets:
		// byte-identical.)
		if n.Data != "blockquote" || embeds.CodePlatform(class) != "" {
			st.inChrome, st.inPost = true, true
		}
	case "header":
		// A <header> inside <article> or <main>, or one without navigation,
		// holds the headline and byline; the site's header has the menu.
		if !st.inArticle && hasDescendant(n, "nav", 0) {
			st.inChrome = true
		}
	case "article", "main":
		st.inArticle = true
	case "h1":
		if len(c.h1s) < maxH1s {
			full := clean(textOf(n, 600))
			t := trimAnchor(clean(headingText(n)))
			if t == "" {
				t = trimAnchor(full)
			}
			if full != t && !st.inChrome && len(c.h1Extras) < maxH1s {
				// What the headline text left out (a date in <small>).
				c.h1Extras = append(c.h1Extras, full)
			}
			if t != "" {
				pc := ""
				if n.Parent != nil {
					pc = strings.ToLower(attr(n.Parent, "class"))
				}
				c.h1s = append(c.h1s, h1Cand{text: t, inArticle: st.inArticle, inChrome: st.headlineChrome() || st.inComments,
					titleClass: containsAny(class+" "+pc+" "+itemprop, []string{"title", "headline", "heading"}) && !strings.Contains(class, "site-title"),
					order:      c.order, brHead: breakHead(n, t)})
				if !st.headlineChrome() && !c.sawMainH1 {
					c.sawMainH1 = true
				}
			}
		}
		// Dates sit inside some headings (<h1><time>...</time> Title</h1>):
		// the children are walked for dates and microdata only.
		st.inH1 = true
	case "time", "amp-timeago":
		// Rule dateAmpTimeago: AMP pages show a relative date ("3 days
		// ago") in an <amp-timeago datetime="..."> element, their <time>.
		if !st.inReviews && !st.inLinkCard { // rules dateNotReviews, dateNotLinkCards
			c.timeElement(n, class, itemprop, st)
		}
	case "h2", "h3", "div", "span", "p", "a":
		if n.Data == "h2" && len(c.h2s) < maxH2s && !st.inHead && !st.inComments && !st.headlineChrome() {
			// Pages without a main <h1> set their headline in an <h2> (title.go, titleAgreedH2).
			if t := trimAnchor(clean(headingText(n))); t != "" && len(t) < maxHeadingLen {
				c.h2s = append(c.h2s, h1Cand{text: t, inArticle: st.inArticle, order: c.order})
			}
		}
		if len(c.heads) < maxH1s && !st.inHead && !st.inComments && isTitleClass(class, cs) {
			// Read as a heading is (headingText): a tagline or a
			// counter inside is not the headline here either.
			if t := trimAnchor(clean(headingText(n))); t != "" && len(t) < maxHeadingLen {
				c.heads = append(c.heads, h1Cand{text: t, inArticle: st.inArticle, inChrome: st.headlineChrome(), titleClass: true, order: c.order})
			}
		}
	}
	if !st.inChrome && cs&csChrome != 0 && cs&csChromeExempt == 0 {
		// <body class="no-sidebars">: the page's own classes say how
		// it is laid out, not that it is furniture.
		if c.headlinePath[n] || n.Data == "body" || n.Data == "html" {
			st.inHeadlineChrome = true
		} else {
			st.inChrome = true
		}
	}
	if !st.inComments && n.Data != "body" && n.Data != "html" && n.Data != "main" && isCommentRegion(class, cs) {
		st.inComments = true
	}
	st.inReviews = st.inReviews || c.reviewsRegion(n, class, cs, st.item)
	st.inLinkCard = st.inLinkCard || c.skipCards && c.linkCard(n)
	if !st.inHead && !st.othersDates() && len(c.times) < maxTimes && len(n.Attr) > 0 {
		// <shreddit-post created-timestamp="2026-01-05T08:30:00+0000">: a
		// component's publication date in an attribute.
		for _, a := range n.Attr {
			if publishedAttr(a.Key) && isoRe.MatchString(strings.TrimSpace(a.Val)) {
				c.times = append(c.times, timeCand{value: strings.TrimSpace(a.Val), kind: "published", evidence: "attribute " + a.Key, order: c.order})
				break
			}
		}
	}
	if itemprop == "" && !st.inHead {
		itemprop = rdfaProp(strings.ToLower(ea.property))
	}
	if itemprop != "" {
		c.microdata(n, itemprop, st)
	}
	if len(n.Attr) > 0 {
		st.item = c.enterItem(n, st.item)
	}
	if st.inHead || st.inH1 {
		return true
	}
	if n.Data == "a" && !st.inComments && !st.inChrome && len(c.archiveLinks) < maxArchiveLinks {
		// Rule authorArchiveLink (authors.go).
		if t := archiveLinkName(n); t != "" {
			c.archiveLinks = append(c.archiveLinks, t)
		}
	}
	if hasWord(strings.ToLower(ea.rel), "author") && !st.inComments && len(c.bylines) < maxBylines {
		if t := clean(textOf(n, maxCandidateText)); t != "" {
			c.bylines = append(c.bylines, bylineCand{text: t, strong: true, order: c.order})
		}
		return false
	}
	if len(c.siteTitles) < maxSiteTitles && cs&csSiteTitle != 0 && !postClass(class) {
		if t, ok := shortText(n); ok && len(strings.Fields(t)) <= maxSiteWords {
			c.siteTitles = append(c.siteTitles, t)
		}
	}
	if !c.forumPoster && !st.inComments && !st.inChrome && len(c.bylines) < maxBylines {
		// Rules forumPosterColumn, forumUserNameClass and forumStartedBy
		// (authors_forum.go).
		c.takeForumPoster(n, ea.class)
	}
	if st.inAuthorBox && !st.inComments && len(c.bylines) < maxBylines {
		switch n.Data {
		case "h2", "h3", "h4", "h5", "strong", "b", "a":
			// The name heading an author bio box ("<div class=author-bio><h3>Jane Doe</h3>").
			if t, ok := shortText(n); ok && properName(t) {
				c.bylines = append(c.bylines, bylineCand{text: t, order: c.order, box: true})
				st.inAuthorBox = false
			}
		}
	}
	bylineClass := cs&csByline != 0
	if !st.inAuthorBox && bylineClass && (strings.Contains(class, "bio") || strings.Contains(class, "box")) {
		st.inAuthorBox = true
	}
	// Rule authorNotReviews: a customer's name in a reviews block
	// ("review-author") wrote a review, not the page (dateNotReviews
	// finds the block).
	if !st.inComments && !st.inReviews && !st.inAuthor && !st.inByline && bylineClass && (cs&csBylineNoise == 0 || cs&csBylineName != 0 && !strings.Contains(class, "avatar")) && len(c.bylines) < maxBylines {
		if t, ok := shortText(n); ok && !photoCredit(t, st) {
			c.bylines = append(c.bylines, bylineCand{text: bylineText(n, t), order: c.order})
			c.addDateText(t, st.inChrome)
			// Children are still walked for the <time> or date element
			// inside, but not taken as bylines again.
			st.inByline = true
		}
	}
	if !st.othersDates() && cs&csDate != 0 && len(c.dateTexts) < maxDateTexts {
		if t, ok := shortText(n); ok {
			c.addDateText(t, st.inChrome)
		}
		// <span class="updated" title="2013-04-04T18:44:02+00:00">: a
		// machine date in an attribute of a date-named element.
		for _, k := range []string{"title", "content", "data-date", "data-time", "data-timestamp", "data-published", "data-datetime"} {
			if v := strings.TrimSpace(attr(n, k)); len(v) >= 8 && isoRe.MatchString(v) && len(c.times) < maxTimes {
				kind := ""
				switch {
				case containsAny(class, []string{"updated", "modified"}):
					kind = "modified"
				case containsAny(class, []string{"publish", "posted", "entry-date", "post-date", "created"}):
					kind = "published"
				}
				c.times = append(c.times, timeCand{value: v, kind: kind, evidence: "date attribute", order: c.order})
				break
			}
		}
	}
	if n.Data == "p" && !st.inChrome && !st.inComments && len(c.paras) < maxDescParas {
		c.paras = append(c.paras, n)
	}
	if n.Data == "p" && !st.inChrome && !st.inComments {
		// Rule authorSignOff (authors_i18n.go): the last one counts.
		if t := signOff(n); t != "" {
			c.signOff = t
		}
	}
	if !st.inChrome && !st.othersDates() && len(c.bodyLines) < maxBodyLines {
		switch n.Data {
		case "p", "span", "div", "li", "small", "em", "strong", "address", "dd", "td", "h2", "h3", "h4", "h5", "h6":
			if isLeafish(n) {
				if t, ok := shortText(n); ok {
					c.bodyLines = append(c.bodyLines, t)
				} else if n.Data == "p" {
					// A dateline opening the first paragraphs ("9.3.2022 - Der Verein ...").
					if t := clean(textOf(n, datelinePrefix)); len(t) > 0 {
						c.bodyLines = append(c.bodyLines, truncateRunes(t, datelinePrefix))
					}
				}
			}
		}
	}
	if c.sawMainH1 && len(c.afterH1) < 30 && !st.othersDates() && !st.inPost {
		switch n.Data {
		case "p", "span", "div", "li", "small", "em", "strong", "address", "dd", "td":
			if isLeafish(n) {
				if t, ok := shortText(n); ok {
					// Rule bylinePartsAfterH1: a byline's credit and date
					// set in sibling elements with no space between
					// (<span>Автор: Иван Петров</span><span>14 марта
					// 2031</span>) read as one glued string
					// ("Петров14 марта"), which no credit rule can cut;
					// the credit rules read the parted line (bylineText),
					// the date rules the plain one. (lede bench extract,
					// both sets: byte-identical; TestBylinePartsAfterH1.)
					if pt := bylineText(n, t); pt != t {
						if c.afterH1Parted == nil {
							c.afterH1Parted = map[int]string{}
						}
						c.afterH1Parted[len(c.afterH1)] = pt
					}
					if imageClassed(class) || n.Parent != nil && imageClassed(attr(n.Parent, "class")) {
						if c.afterH1Image == nil {
							c.afterH1Image = map[int]bool{}
						}
						c.afterH1Image[len(c.afterH1)] = true
					}
					c.afterH1 = append(c.afterH1, t)
					c.afterH1Chrome = append(c.afterH1Chrome, st.inChrome)
				}
			}
		}
	}
	return true
}

// siteTitleHeading reports a heading whose class, or its link's, names it
// the site's title (siteTitleClass).
func siteTitleHeading(h *html.Node) bool {
	if siteTitleClass(classOf(h)) {
		return true
	}
	for ch := h.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && ch.Data == "a" {
			return siteTitleClass(classOf(ch))
		}
	}
	return false
}

// siteTitleClass reports a class naming the site's title (siteTitleWords),
// not a post's (postClass).
func siteTitleClass(class string) bool {
	return siteTitleWords.in(class) && !postClass(class)
}

// postClass reports a class naming a post's element, whose site-title
// words are the post's ("entry-header-title", "post-brand"). The walk
// reads siteTitleWords from the class's word sets (csSiteTitle) and tests
// only this.
func postClass(class string) bool {
	return strings.Contains(class, "entry") || strings.Contains(class, "post")
}

// siteTitleWords in a class name the element holding the site's name.
var siteTitleWords = newWordSet("site-title", "site-name", "sitename", "site_title", "blog-title", "blogtitle", "site-branding", "logo", "brand", "masthead-title", "header-title")

// maxSiteTitles bounds the site-name elements kept.
const maxSiteTitles = 4

// titleClasses name an element holding the page's headline.
var titleClasses = newWordSet("entry-title", "post-title", "article-title", "page-title", "headline", "story-title", "news-title", "article-header__title", "title-post", "single-title", "td-post-title", "blog-title", "post-heading", "article-heading")

// isTitleClass reports whether class, whose word sets are cs (see
// classSetsOf), names the headline's element: not the site's title nor a
// widget's.
func isTitleClass(class string, cs classSets) bool {
	return cs&csTitle != 0 && !strings.Contains(class, "site-title") && !strings.Contains(class, "widget")
}

func (c *collector) addDateText(t string, chrome bool) {
	if len(c.dateTexts) < maxDateTexts {
		c.dateTexts = append(c.dateTexts, t)
		c.dateTextsChrome = append(c.dateTextsChrome, chrome)
	}
}

// isLeafish reports whether n holds no block-level children, so its text is
// one line of the page rather than a whole section.
func isLeafish(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode {
			switch ch.Data {
			case "div", "p", "ul", "ol", "table", "section", "article", "h1", "h2", "h3", "h4", "blockquote", "figure":
				return false
			}
		}
	}
	return true
}

func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if f == w {
			return true
		}
	}
	return false
}

func (c *collector) meta(n *html.Node, item itemScope) {
	content := attr(n, "content")
	if content == "" {
		content = attr(n, "value")
	}
	content = strings.TrimSpace(content)
	if he := strings.ToLower(attr(n, "http-equiv")); he == "content-language" && content != "" {
		c.metas["content-language"] = append(c.metas["content-language"], content)
	}
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "itemprop"} {
		if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
			if k == "itemprop" && item >= itemWork {
				// Rule authorListedWorkScope: a work's property.
				c.workMeta(key, content, item)
				continue
			}
			// Some pages put several keys in one attribute ("og:title twitter:title").
			for f := range strings.FieldsSeq(key) {
				if len(c.metas) >= maxMetaKeys && c.metas[f] == nil {
					continue
				}
				if len(c.metas[f]) < 16 {
					c.metas[f] = append(c.metas[f], content)
				}
			}
		}
	}
}

func (c *collector) timeElement(n *html.Node, class, itemprop string, st *walkState) {
	if st.inComments {
		if c.commentTime == "" {
			c.commentTime = strings.TrimSpace(attr(n, "datetime"))
		}
		return
	}
	if len(c.times) >= maxTimes {
		return
	}
	v := strings.TrimSpace(attr(n, "datetime"))
	if v == "" {
		v = strings.TrimSpace(attr(n, "content"))
	}
	if v == "" {
		v = clean(textOf(n, 100))
	}
	if v == "" {
		return
	}
	kind, ev := "", "<time datetime>"
	var item itemScope // an itemprop date's item (rule authorListedWorkScope)
	if n.Data == "amp-timeago" {
		ev = "<amp-timeago datetime>"
	}
	switch {
	case strings.Contains(itemprop, "datepublished") || strings.Contains(itemprop, "datecreated"):
		kind, ev, item = "published", "<time itemprop=datePublished>", st.item
	case strings.Contains(itemprop, "datemodified"):
		kind, ev, item = "modified", "<time itemprop=dateModified>", st.item
	case hasAttr(n, "pubdate"):
		kind, ev = "published", "<time pubdate>"
	case containsAny(class, []string{"updated", "modified"}):
		kind = "modified"
	case containsAny(class, []string{"publish", "posted", "entry-date", "post-date", "created"}):
		kind = "published"
	case updateTimeLabel(n):
		kind = "modified"
	}
	c.times = append(c.times, timeCand{value: v, kind: kind, evidence: ev, order: c.order, chrome: st.inChrome && kind == "", item: item})
}

// updateTimeLabel is rule dateTimeUpdateLabel: a <time> that names no kind
// by its attributes but is labelled as the update, by its own text
// ("<time datetime=...>Updated Nov 14, 2031</time>") or by the words
// right before it ("Updated <time>...", "Aktualisiert am <time>...",
// "<span>Stand:</span> <time>..."), dates the last change: read as a
// plain <time> it dated the publication, though the page showed no
// publication date.
func updateTimeLabel(n *html.Node) bool {
	if updateLabelAt(strings.ToLower(clean(textOf(n, maxUpdateLabelRun))), true) {
		return true
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type == html.CommentNode {
		return false
	}
	t := textOf(prev, maxCandidateText)
	if len(t) > maxUpdateLabelRun {
		t = t[len(t)-maxUpdateLabelRun:]
	}
	return updateLabelAt(strings.ToLower(clean(t)), false)
}

// maxUpdateLabelRun: the bytes of a <time>'s text, or of the text before
// it, read for an update label; a label and its joining word ("updated
// on", "aktualisiert am") fit, a sentence that merely holds the word does
// not count.
const maxUpdateLabelRun = 40

// maxUpdateLabelGap: the bytes a joining word and its punctuation may put
// between an update label and the date it names (" on ", " am ", " le ").
const maxUpdateLabelGap = 5

// updateLabelAt reports whether t opens (start) or ends (!start) with one
// of updateLabels, up to maxUpdateLabelGap bytes of joining words.
func updateLabelAt(t string, start bool) bool {
	for _, l := range updateLabels {
		if start {
			if strings.HasPrefix(t, l) {
				return true
			}
			continue
		}
		if i := strings.LastIndex(t, l); i >= 0 && len(t)-i-len(l) <= maxUpdateLabelGap {
			return true
		}
	}
	return false
}

func (c *collector) microdata(n *html.Node, itemprop string, st *walkState) {
	val := func() string {
		for _, k := range []string{"content", "datetime"} {
			if v := strings.TrimSpace(attr(n, k)); v != "" {
				return v
			}
		}
		return ""
	}
	for p := range strings.FieldsSeq(itemprop) {
		switch p {
		case "headline":
			if st.item >= itemWork {
				// Rule authorListedWorkScope: a work's headline.
				if st.item == itemWork && c.workHeadline == "" {
					c.workHeadline = clean(textOf(n, 600))
				}
				continue
			}
			if c.headline == "" && !st.headlineChrome() {
				if v := val(); v != "" {
					c.headline = clean(v)
				} else {
					c.headline = clean(textOf(n, 600))
				}
			}
		case "articlebody":
			st.inArticle = true
			c.articleBodies = append(c.articleBodies, n)
		case "author", "creator":
			if st.inComments || len(c.bylines) >= maxBylines {
				continue
			}
			st.inAuthor = true
			name := ""
			if v := val(); v != "" {
				name = v
			} else if nn := findItemprop(n, "name", 0); nn != nil {
				name = strings.TrimSpace(attr(nn, "content"))
				if name == "" {
					name = textOf(nn, maxCandidateText)
				}
			} else {
				name = textOf(n, maxCandidateText+1)
			}
			if name = clean(name); name != "" && len(name) <= maxCandidateText {
				c.bylines = append(c.bylines, bylineCand{text: name, strong: true, order: c.order, item: st.item})
			}
		case "datepublished", "datecreated", "datemodified":
			if st.inComments || n.Data == "time" || len(c.times) >= maxTimes {
				continue
			}
			v := val()
			if v == "" {
				v = clean(textOf(n, 100))
			}
			if v == "" {
				continue
			}
			kind, ev := "published", "microdata datePublished"
			if p == "datemodified" {
				kind, ev = "modified", "microdata dateModified"
			}
			c.times = append(c.times, timeCand{value: v, kind: kind, evidence: ev, order: c.order, item: st.item})
		}
	}
}

func findItemprop(n *html.Node, prop string, depth int) *html.Node {
	if depth > 8 {
		return nil
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode {
			continue
		}
		if hasWord(strings.ToLower(attr(ch, "itemprop")), prop) {
			return ch
		}
		if f := findItemprop(ch, prop, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// kickerWords name the parts of a heading that are not the headline: the
// kicker or roofline above it ("Immobilienkrise", "Klimaschutz"), text for
// screen readers only, dates and category labels.
var kickerWords = newWordSet("kicker", "roofline", "overline", "topline", "toptitle", "supertitle", "dachzeile",
	"eyebrow", "spitzmarke", "surtitre", "antetitulo", "sr-only", "visually-hidden", "screen-reader", "hidden",
	"date", "time", "category", "label", "meta", "byline",
	// Rule headingTaglinePart: a tagline or subtitle set inside the
	// <h1> (<h1>Ferry fares rise again<span class="header__tagline">What
	// commuters will pay</span></h1>), shown on a line of its own under
	// the headline, is not part of it.
	"tagline", "subtitle", "subheadline", "sub-headline", "standfirst", "strapline")

// screenReaderWords name the classes of text meant for screen readers
// only ("sr-only", "visually-hidden", "utils_visuallyHidden__x").
var screenReaderWords = newWordSet("sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "hidden")

// headingText is a heading's text without its kicker, screen-reader-only,
// date and label parts: the headline a reader takes in.
//
// Rule headingAriaTwin: a heading that animates its words keeps them in
// an aria-hidden="true" element, split into pieces (a word or two per
// inline-block span, often a second set for small screens), and the
// headline as one string in a visually-hidden span beside it for screen
// readers: <h1><span aria-hidden="true"><span>The quick</span><span>brown
// fox</span></span><span class="sr-only">The quick brown fox</span></h1>.
// Read as usual, the pieces come out glued ("The quickbrown fox") and
// the copy was either cut (as screen-reader text) or added to them. When
// the heading has text outside its aria-hidden parts, that text is the
// headline: the aria-hidden parts are skipped and the screen-reader copy
// is kept.
//
// Rule headingBlockPieces: parts of a heading laid out as blocks (a <div>
// or <p>, or an inline display:block, inline-block or flex style) are
// read with a space between them: <h1><div>Brand</div><span>Name</span></h1>
// is "Brand Name", not "BrandName".
func headingText(h *html.Node) string {
	if hasAriaHidden(h) {
		if t := headingTextMode(h, true); clean(t) != "" {
			return t
		}
	}
	return headingTextMode(h, false)
}

// headingTextMode is headingText; twin skips aria-hidden elements and
// keeps screen-reader text (rule headingAriaTwin).
func headingTextMode(h *html.Node, twin bool) string {
	var sb strings.Builder
	budget := textNodeBudget
	// edge: an element of the heading opened or closed since the last
	// text was written (rule headingInlineEdge).
	edge := false
	var rec func(n *html.Node, depth int)
	rec = func(n *html.Node, depth int) {
		budget--
		if budget < 0 || depth > 16 || sb.Len() > 600 {
			return
		}
		block := false
		switch n.Type {
		case html.TextNode:
			if edge && gluedAtEdge(sb.String(), n.Data) {
				sb.WriteByte(' ')
			}
			edge = false
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "small", "time", "rt", "rp", "del":
				// Rule headingRubyText: the reading set above a
				// word (<ruby>運賃<rp>(</rp><rt>うんちん</rt><rp>)</rp></ruby>,
				// on pages for learners of Japanese) and its
				// fallback brackets are not the headline's words;
				// they came out as "運賃(うんちん)". Rule
				// headingDeletedText: words struck out as deleted
				// (<del>) are the wording a correction replaced.
				return
			case "br":
				sb.WriteByte(' ')
			}
			if textSkipped(n.Data) {
				return // scripts, templates, form controls
			}
			if depth > 0 {
				if twin && attr(n, "aria-hidden") == "true" {
					return
				}
				if cl := classOf(n); cl != "" && (kickerWords.in(cl) && !(twin && screenReaderWords.in(cl)) || smallPrint(cl)) {
					return
				}
				// commentCounter reads n's text: asked only once the
				// heading has text before n.
				if hiddenPart(n) || footnoteMark(n) || badgePart(n, h) || autoNumber(n) || strings.TrimSpace(sb.String()) != "" && commentCounter(n, h) {
					return // after the headline, not the headline itself
				}
				if block = blockPiece(n); block {
					sb.WriteByte(' ')
				}
				edge = true
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch, depth+1)
		}
		if block {
			sb.WriteByte(' ')
		}
		if depth > 0 {
			edge = true
		}
	}
	rec(h, 0)
	return sb.String()
}

// badgeWords are the class words of a badge set in a heading: a state
// ("badge", "live", "label", "tag") or a control ("share").
var badgeWords = map[string]bool{"badge": true, "badges": true, "label": true, "tag": true, "tags": true, "live": true, "share": true}

// maxBadgeLen bounds a badge's text: a word or two ("LIVE", "Updated",
// "Share", "Breaking news"); a longer part is the headline's own words.
const maxBadgeLen = 24

// badgePart is rule headingBadge: a short element of a heading whose
// class names a badge (<h1><span class="badge badge--live">LIVE</span>
// Floods shut the coast road</h1>, an "Updated" label, a "Share" link)
// is the page's furniture, not the headline, and came out glued to it
// ("LIVE Floods shut ..."). Class words count whole ("live", not
// "olive" or "delivery"), and only when the heading has text besides
// the badge, and more of it than the badge holds: a span that styles a
// word of the headline has no such class, and a heading that is all
// badge stays as it is. (Buttons are skipped as form controls,
// textSkipped.)
func badgePart(n, h *html.Node) bool {
	cl := classOf(n)
	if cl == "" || !anyWordIn(strings.ToLower(cl), badgeWords) {
		return false
	}
	t := clean(textOf(n, maxBadgeLen+1))
	if t == "" || len(t) > maxBadgeLen {
		return false
	}
	// The rest of the heading outweighs the badge: a short headline
	// set in a "live-headline" span beside a badge is no badge.
	return len(clean(textOf(h, maxBadgeLen*4)))-len(t) > len(t)
}

// anyWordIn reports whether one of s's words, split at anything but a
// letter ("badge--live", "c-share_link"), is in set. s is lower-case
// when set is.
func anyWordIn(s string, set map[string]bool) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if set[w] {
			return true
		}
	}
	return false
}

// smallClass is a class that sets a heading's part in small print:
// "small", or the heading's level with it ("h1small", "h1-small").
var smallClass = regexp.MustCompile(`^(?:h[1-6][-_]?)?small$`)

// smallPrint is rule headingSmallClass: a part of a heading classed as
// small print (<h1><span class="h1small">Harbour Energy Initiative</span>
// Free power checks for island homes</h1>) is what a <small> element is
// there, the programme or kicker above the headline, and is skipped as
// <small> is. Only the whole class word counts: "a-spacing-small" sets a
// margin, not the text.
func smallPrint(class string) bool {
	if !strings.Contains(class, "small") {
		return false
	}
	for _, w := range strings.Fields(class) {
		if smallClass.MatchString(w) {
			return true
		}
	}
	return false
}

// hiddenPart is rule headingHiddenPart: a part of a heading that no one
// sees, hidden by its attribute or its inline style (<h1>Ferry fares rise
// again<span style="display:none">ferry fares island</span></h1>, the
// keywords some templates stuff there), is not read. Text for screen
// readers is hidden otherwise (a clipped box) and goes by rule
// headingAriaTwin's classes.
func hiddenPart(n *html.Node) bool {
	if hasAttr(n, "hidden") {
		return true
	}
	st := foldedStyle(n)
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// gluedAtEdge is rule headingInlineEdge: where one element of a heading
// ends and the next text begins with no space between them, a lower-case
// letter or a closing stop before a capital ("Ferry fares rise
// again<span>What commuters pay</span>") is two pieces the page's style
// sets apart (on a line of their own, or spaced by a margin): no word is
// written so, and a reader sees "again" and "What" apart. Within one
// text node the case change stays ("iPhone", "McAllister").
func gluedAtEdge(before, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(next)
	return (unicode.IsLower(last) || strings.ContainsRune(".!?:", last)) && unicode.IsUpper(first)
}

// footnoteMarkText is the text of a footnote mark: a number, a bracketed
// number, or the asterisk and daggers of a disclaimer.
var footnoteMarkText = regexp.MustCompile(`^(\[\d{1,3}\]|\d{1,3}|[*†‡§]+)$`)

// footnoteMark is rule headingFootnoteMark: a <sup> after the headline
// that marks a footnote or a disclaimer ("Ferry fares rise again<sup>
// <a href="#note-1">1</a></sup>", "Fares from $5<sup>*</sup>") is
// not read: glued on, it made the headline end in "again1". A bare
// number counts only when it links within the page or is bracketed;
// "50 m<sup>2</sup>" keeps its square metres.
func footnoteMark(n *html.Node) bool {
	if n.Data != "sup" {
		return false
	}
	t := clean(textOf(n, 40))
	if !footnoteMarkText.MatchString(t) {
		return false
	}
	if t[0] < '0' || t[0] > '9' {
		return true // bracketed or a symbol
	}
	a := n.FirstChild
	for a != nil && a.Type != html.ElementNode {
		a = a.NextSibling
	}
	return a != nil && a.Data == "a" && strings.HasPrefix(attr(a, "href"), "#")
}

// commentFragments open the in-page anchors of a comment section
// ("#comments", "#respond", "#disqus_thread").
var commentFragments = []string{"#comment", "#respond", "#disqus", "#reply", "#kommentar", "#commentaire", "#comentario"}

// counterWords are the words a comment counter follows its number with
// ("12 comments", "3 Kommentare", "5 commentaires", "1 reply"), and
// those of the views and shares counters set beside it ("1,204 views").
var counterWords = map[string]bool{
	"comment": true, "comments": true, "kommentar": true, "kommentare": true, "commentaire": true, "commentaires": true,
	"comentario": true, "comentarios": true, "commento": true, "commenti": true, "reactie": true, "reacties": true,
	"komentarz": true, "komentarze": true, "komentarzy": true, "reply": true, "replies": true, "response": true, "responses": true,
	"view": true, "views": true, "aufrufe": true, "vues": true, "visualizaciones": true, "visualizzazioni": true,
	"share": true, "shares": true, "likes": true,
}

// commentCounter is rule headingCommentCounter: a link to the comments
// or a count of them set inside the <h1> (<h1>Ferry fares rise again
// <a href="#comments">12 comments</a></h1>) is the page's furniture, not
// the headline, and stayed in the title. An element goes when it comes
// after the headline, nothing of the heading follows it ("<span>3
// replies</span> to the harbour board" stays), and it links to the
// comment section, or its text is a number and one word for comments
// (or views, or shares), or a bare number in an element classed for
// comments.
func commentCounter(n, h *html.Node) bool {
	counter := false
	if n.Data == "a" {
		href := strings.ToLower(attr(n, "href"))
		if i := strings.IndexByte(href, '#'); i >= 0 && hasAnyPrefix(href[i:], commentFragments) {
			counter = true
		}
	}
	if !counter {
		m := counterText.FindStringSubmatch(clean(textOf(n, maxCounterBytes)))
		switch {
		case m == nil:
			return false
		case m[1] == "":
			// A bare number counts in an element classed for
			// comments (<span class="comment-count">12</span>).
			counter = commentWords.in(classOf(n))
		default:
			counter = counterWords[strings.ToLower(m[1])]
		}
	}
	// The costlier test last: most parts of a heading are no counter.
	return counter && closesHeading(n, h)
}

// maxCounterBytes: a counter's text ("1,204 comments") is short; reading
// stops past this.
const maxCounterBytes = 60

// counterText is a count as a page shows it, perhaps in brackets: a
// number, with thousands separators or a "k", and one word or none
// ("12", "(1,204 views)", "3.4k Kommentare").
var counterText = regexp.MustCompile(`^[(\[]?\d[\d,.]*[kKmM]?\s*(\pL*)[)\]]?$`)

// closesHeading reports whether no text of heading h follows n.
func closesHeading(n, h *html.Node) bool {
	for x := n; x != nil && x != h; x = x.Parent {
		for sib := x.NextSibling; sib != nil; sib = sib.NextSibling {
			if strings.TrimSpace(textOf(sib, 8)) != "" {
				return false
			}
		}
	}
	return true
}

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasAriaHidden reports whether one of h's descendants (a heading's few
// dozen nodes; the walk is bounded) is marked aria-hidden="true".
func hasAriaHidden(h *html.Node) bool {
	budget := textNodeBudget
	var rec func(n *html.Node, depth int) bool
	rec = func(n *html.Node, depth int) bool {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if budget--; budget < 0 || depth > 16 {
				return false
			}
			if ch.Type == html.ElementNode && (attr(ch, "aria-hidden") == "true" || rec(ch, depth+1)) {
				return true
			}
		}
		return false
	}
	return rec(h, 0)
}

// blockPiece reports whether n, inside a heading, is laid out as a block
// of its own (rule headingBlockPieces).
func blockPiece(n *html.Node) bool {
	switch n.Data {
	case "div", "p":
		return true
	}
	st := attr(n, "style")
	if st == "" {
		return false
	}
	st = strings.ToLower(st)
	return strings.Contains(st, "display:block") || strings.Contains(st, "display: block") ||
		strings.Contains(st, "inline-block") || strings.Contains(st, "display:flex") || strings.Contains(st, "display: flex")
}

// textNodeBudget: the most nodes textOf visits (a headline or byline has
// a few dozen; the cap only bites on huge containers).
const textNodeBudget = 3000

// textSkipped reports whether textOf leaves out the text of an element
// named tag: scripts, templates, icons and form controls.
func textSkipped(tag string) bool {
	switch tag {
	case "script", "style", "noscript", "template", "svg", "select", "button":
		return true
	}
	return false
}

// breakHead is rule titleBreakSubtitle's reader: the text of heading h
// before its first <br> child, when text (t, the heading's text) goes on
// after it; "" otherwise.
func breakHead(h *html.Node, t string) string {
	br := false
	for ch := h.FirstChild; ch != nil && !br; ch = ch.NextSibling {
		br = ch.Type == html.ElementNode && ch.Data == "br"
	}
	if !br {
		return "" // most headings: no text is gathered
	}
	var sb strings.Builder
	for ch := h.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && ch.Data == "br" {
			head := clean(sb.String())
			if head == "" || len(head) >= len(t) {
				return ""
			}
			return head
		}
		sb.WriteString(textOf(ch, len(t)))
	}
	return ""
}

// textOf returns n's text, reading at most about limit bytes; script and
// style contents are skipped (except when n itself is a script or title).
func textOf(n *html.Node, limit int) string {
	var sb strings.Builder
	if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "title" || n.Data == "style") {
		if ch := n.FirstChild; ch != nil && ch == n.LastChild && ch.Type == html.TextNode {
			// The parser gives a script one text node: its text is
			// the node's, not a copy (JSON-LD scripts run to tens of
			// kilobytes). TestTextOfScript pins this.
			return ch.Data
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type == html.TextNode {
				sb.WriteString(ch.Data)
			}
		}
		return sb.String()
	}
	// budget bounds the nodes visited: a container of thousands of empty
	// elements must not cost more than its text.
	budget := textNodeBudget
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		budget--
		if sb.Len() > limit || depth > 64 || budget < 0 {
			return
		}
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			if textSkipped(n.Data) {
				return
			}
			switch n.Data {
			case "br", "p", "div", "li", "td", "tr", "h2", "h3", "h4":
				sb.WriteByte(' ')
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch, depth+1)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "li", "td", "h2", "h3", "h4":
				sb.WriteByte(' ')
			}
		}
	}
	rec(n, 0)
	return sb.String()
}

// blockText returns n's text with paragraphs separated by blank lines.
func blockText(n *html.Node, limit int) string {
	var paras []string
	var cur strings.Builder
	size := 0
	flush := func() {
		if t := clean(cur.String()); t != "" {
			paras = append(paras, t)
			size += len(t)
		}
		cur.Reset()
	}
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if size > limit || depth > 128 {
			return
		}
		if n.Type == html.TextNode {
			cur.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "iframe":
				return
			case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "figure", "section", "ul", "ol", "table", "pre":
				flush()
				defer flush()
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch, depth+1)
		}
	}
	rec(n, 0)
	flush()
	return strings.Join(paras, "\n\n")
}

// trimAnchor drops the permalink marks that documentation generators put
// after headings ("Quickstart¶", "Models #").
func trimAnchor(s string) string {
	return strings.TrimSpace(strings.TrimRight(s, "¶#🔗\uf0c1 "))
}

// clean folds white space and trims (model.CollapseSpace).
func clean(s string) string { return model.CollapseSpace(s) }

func (c *collector) meta1(keys ...string) string {
	for _, k := range keys {
		for _, v := range c.metas[k] {
			if v = clean(v); v != "" {
				return v
			}
		}
	}
	return ""
}

func (c *collector) absURL(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if c.pageURL != nil {
		u = c.pageURL.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// decide chooses each field from the collected candidates.
func (c *collector) decide(m *Meta, now time.Time) {
	ld := &c.ld
	m.Type = ld.mainType()
	if m.Type == "" {
		m.Type = c.meta1("og:type")
	}
	m.Outlet = c.outlet()
	m.Title = c.title(m.Outlet)
	// A pipe is a separator, never punctuation of a headline: what follows
	// it is a subtitle, section or tagline ("Best Movers in NYC 2025 | Top
	// 19 Companies").
	m.Title = firstPipeSegment(m.Title)
	// Rule outletFromTitle: with no site name declared, the <title>'s site
	// segment names the outlet ("Headline - 新华网"), read or not from an
	// address (a saved page has none).
	if c.pageURL != nil && m.Outlet == bareHost(c.pageURL.Hostname()) || c.pageURL == nil && m.Outlet == "" {
		if o := c.titleOutlet(m.Title); o != "" {
			m.Outlet = o
		}
	}
	// Rule canonicalRepaired (defects.go): the first declaration that
	// yields an address, repaired where a template broke it.
	for _, u := range []string{c.canonical, c.meta1("og:url")} {
		if m.CanonicalURL = c.canonicalURL(u); m.CanonicalURL != "" {
			break
		}
	}
	// Rule outletFromCanonical: a page read without its address that
	// declares no site name and whose <title> names none either (a saved
	// AMP or print copy) is published where its canonical address is: the
	// host without "www." names the outlet, as the page's own address
	// would (an archived copy's, the archived site: rule outletArchived).
	if c.pageURL == nil && m.Outlet == "" && m.CanonicalURL != "" {
		if u, err := url.Parse(m.CanonicalURL); err == nil && u.Hostname() != "" {
			m.Outlet = bareHost(u.Hostname())
			if h := archivedHost(u); h != "" {
				m.Outlet = h
			}
		}
	}
	for _, l := range []string{c.htmlLang, c.meta1("content-language", "language", "dc.language", "og:locale"), ld.first("inLanguage")} {
		if l = lang.Normalize(l); l != "" {
			m.Language = l
			break
		}
	}
	m.Description = c.meta1("og:description", "description", "twitter:description", "dc.description")
	if m.Description == "" {
		m.Description = clean(ld.first("description"))
	}
	m.Description = c.wholeWords(plainMetaText(m.Description))
	m.Section = c.meta1("article:section", "parsely-section", "section")
	if m.Section == "" {
		m.Section = clean(ld.first("articleSection"))
	}
	m.Section = sectionLabel(plainMetaText(m.Section), m.Title)
	m.Tags = c.tags()
	if img := c.meta1("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"); img != "" {
		m.LeadImage = &model.Image{URL: c.absURL(repairedRef(img)), Alt: c.meta1("og:image:alt", "twitter:image:alt")}
	} else if img := ld.image(); img != "" {
		m.LeadImage = &model.Image{URL: c.absURL(repairedRef(img))}
	}
	if m.LeadImage != nil && m.LeadImage.URL == "" {
		m.LeadImage = nil
	}
	m.ArticleBody = ld.articleBody
	// The first itemprop=articleBody element with text, as the walk met them.
	for _, n := range c.articleBodies {
		if m.ArticleBody != "" {
			break
		}
		m.ArticleBody = blockText(n, 1<<20)
	}
	m.Authors = c.authors(m.Outlet)
	for i, a := range m.Authors {
		// Rule authorStaffCredit (authors_roles.go): the rules read a
		// staff credit whole, as a group's (authorGroupDeclared); it is
		// written as the outlet it names.
		if sc := staffCredit(a); sc != "" {
			m.Authors[i] = sc
		}
	}
	m.Published, m.Modified = c.dates(now)
}

func (c *collector) tags() []string {
	var out []string
	seen := map[string]bool{}
	add := func(v string) {
		v = plainMetaText(v)
		k := strings.ToLower(v)
		if v == "" || seen[k] || len(v) > 80 || len(out) >= 30 || !tagShape(v) {
			return
		}
		seen[k] = true
		out = append(out, v)
	}
	for _, t := range c.metas["article:tag"] {
		if strings.Count(t, ",") >= minTagListCommas {
			// Rule tagShape (defects.go): a list written as one tag.
			for _, x := range strings.Split(t, ",") {
				add(x)
			}
			continue
		}
		add(t)
	}
	if len(out) == 0 {
		for _, kw := range append(append([]string{}, c.metas["keywords"]...), c.metas["news_keywords"]...) {
			for _, t := range strings.FieldsFunc(kw, func(r rune) bool { return r == ',' || r == ';' }) {
				add(t)
			}
		}
	}
	if len(out) == 0 {
		for _, t := range c.ld.keywords {
			add(t)
		}
	}
	return out
}

// bodyText is an articleBody as text: its paragraphs (cleanLines), or,
// when the site wrote it as markup ("<p>First.</p><p>Second.</p>"), the
// text of that markup (rule "articlebody-markup": the tags were printed
// into the body as words). With rule "articlebody-paragraphs", lede bench
// extract: WCXB byte-identical; extract/ one page changed (half 0), its
// tags gone, its snippet score equal.
func bodyText(s string) string {
	if !markupBody(s) {
		return cleanLines(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return cleanLines(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return cleanLines(blockText(root, len(s)))
}

// markupBody reports whether an articleBody is written as HTML: it opens
// or closes paragraphs, or breaks lines with tags. (Prose that mentions a
// tag, a guide to HTML, rarely does so in an articleBody.)
func markupBody(s string) bool {
	return strings.Contains(s, "</p>") || strings.Contains(s, "<p>") || strings.Contains(s, "<br") || strings.Contains(s, "</P>")
}
