package htmlmeta

import (
	"bytes"
	"encoding/json"
	"html"
	"net/url"
	"reflect"
	"regexp"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// ldData is what the page's JSON-LD says, read from the best-ranked object.
type ldData struct {
	// objects are every typed object found, in document order.
	objects []map[string]any
	byID    map[string]map[string]any
	// main is the object that describes the page's content (an article type
	// first, then a web page, then anything else with a headline).
	main        map[string]any
	mainRank    int
	articleBody string
	keywords    []string
	// publisher and website names seen anywhere.
	publisher string
	website   string
	// listed tells the works the page lists (ldListedWorks), read by the
	// authors and the dates alike.
	listed func(map[string]any) bool
	// page, pageRank and pageType are the object that describes the page
	// (pageObject), its rank and type.
	page     map[string]any
	pageRank int
	pageType string
}

// maxLDObjects bounds the objects kept from one page (some shops embed
// thousands of product offers).
const maxLDObjects = 400

// typeRank orders JSON-LD types by how surely they describe the page's own
// content: a NewsArticle is the article; a WebPage often carries the dates
// and name too; an Organization or BreadcrumbList never does.
func typeRank(t string) int {
	switch t {
	case "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
		"BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "SatiricalArticle":
		return 10
	case "Article", "BlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting",
		"DiscussionForumPosting", "Review", "Recipe", "HowTo", "QAPage", "Question", "VideoObject", "Blog",
		"APIReference", "MedicalWebPage", "Guide", "PodcastEpisode", "Event", "Course":
		return 8
	case "Product", "SoftwareApplication", "Book", "Movie", "JobPosting", "Dataset":
		return 6
	case "WebPage", "ItemPage", "AboutPage", "FAQPage", "CollectionPage", "ProfilePage", "ContactPage", "SearchResultsPage":
		return 4
	}
	return 0
}

var (
	trailingComma = regexp.MustCompile(`,\s*([}\]])`)
	cdataOpen     = regexp.MustCompile(`^\s*(?://\s*)?<!\[CDATA\[`)
	cdataClose    = regexp.MustCompile(`(?://\s*)?\]\]>\s*$`)
)

// parseJSONLD decodes every collected script, repairing the usual breakage.
func (c *collector) parseJSONLD() {
	ld := &c.ld
	ld.byID = map[string]map[string]any{}
	srcs := c.jsonld
	// <meta name="script:ld+json" content="{...}">: some app frameworks
	// render their JSON-LD into a meta tag instead of a script.
	for _, src := range c.metas["script:ld+json"] {
		if c.jsonldBytes += len(src); c.jsonldBytes > maxJSONLDBytes {
			break
		}
		srcs = append(srcs, src)
	}
	for _, src := range srcs {
		for _, v := range decodeLenient(src) {
			ld.collect(v, 0)
		}
	}
	for _, o := range ld.objects {
		for _, t := range types(o) {
			r := typeRank(t)
			if r > ld.mainRank || (r == ld.mainRank && r > 0 && ld.main != nil && !hasAny(ld.main, "headline", "datePublished") && hasAny(o, "headline", "datePublished")) {
				ld.main, ld.mainRank = o, r
			}
		}
	}
	if ld.rankShared() {
		if own := ld.ownObject(c.pageKeys()); own != nil {
			ld.main = own
		}
	}
	if ld.main != nil {
		ld.articleBody = bodyText(str(ld.main["articleBody"]))
		if ld.articleBody == "" {
			ld.articleBody = bodyText(str(ld.main["text"]))
		}
		ld.keywords = strList(ld.main["keywords"], true)
		if p := ld.name(ld.main["publisher"]); p != "" {
			ld.publisher = p
		}
	}
	ld.listed = ld.ldListedWorks()
	ld.page, ld.pageRank, ld.pageType = ld.pageObject()
}

func hasAny(o map[string]any, keys ...string) bool {
	for _, k := range keys {
		if _, ok := o[k]; ok {
			return true
		}
	}
	return false
}

// decodeLenient decodes one script's JSON values: a single value, several
// concatenated values, or JSON broken by CDATA wrappers, trailing commas,
// raw newlines in strings or HTML-escaped quotes.
func decodeLenient(src string) []any {
	src = strings.TrimSpace(src)
	// The CDATA patterns only where their marks are: the regexp engine
	// tries an end-anchored pattern at every byte of a long script.
	if strings.Contains(src, "<![CDATA[") {
		src = cdataOpen.ReplaceAllString(src, "")
	}
	if strings.Contains(src, "]]>") {
		src = cdataClose.ReplaceAllString(src, "")
	}
	src = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(strings.TrimSpace(src), "-->"), "<!--"))
	if src == "" {
		return nil
	}
	if vs, ok := decodeAll(src); ok {
		return vs
	}
	fixed := trailingComma.ReplaceAllString(escapeControls(src), "$1")
	if vs, ok := decodeAll(fixed); ok {
		return vs
	}
	if strings.Contains(fixed, "&quot;") || strings.Contains(fixed, "&#34;") {
		if vs, ok := decodeAll(html.UnescapeString(fixed)); ok {
			return vs
		}
	}
	vs, _ := decodeAll(fixed)
	return vs
}

// decodeAll decodes consecutive JSON values; ok is false when it met an
// error, the values decoded before it are returned anyway.
func decodeAll(s string) ([]any, bool) {
	var out []any
	for len(out) < 64 {
		// Tolerate semicolons or commas between concatenated values.
		s = strings.TrimLeft(s, " \t\r\n;,")
		if s == "" {
			return out, true
		}
		dec := json.NewDecoder(strings.NewReader(s))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return out, false
		}
		out = append(out, v)
		s = s[dec.InputOffset():]
	}
	return out, true
}

// escapeControls escapes raw control characters inside JSON strings, which
// hand-written JSON-LD often holds (a newline in a description).
func escapeControls(s string) string {
	var b bytes.Buffer
	inStr, esc := false, false
	changed := false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case ch == '\\':
				esc = true
			case ch == '"':
				inStr = false
			case ch < 0x20:
				changed = true
				switch ch {
				case '\n':
					b.WriteString(`\n`)
				case '\t':
					b.WriteString(`\t`)
				case '\r':
					b.WriteString(`\r`)
				default:
					b.WriteByte(' ')
				}
				continue
			}
		} else if ch == '"' {
			inStr = true
		}
		b.WriteByte(ch)
	}
	if !changed {
		return s
	}
	return b.String()
}

// collect gathers typed objects from v (arrays, @graph, nested values).
func (ld *ldData) collect(v any, depth int) {
	if depth > 12 || len(ld.objects) >= maxLDObjects {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.collect(e, depth+1)
		}
	case map[string]any:
		if id := str(x["@id"]); id != "" && len(x) > 1 {
			if _, dup := ld.byID[id]; !dup {
				ld.byID[id] = x
			}
		}
		if len(types(x)) > 0 {
			ld.objects = append(ld.objects, x)
			for _, t := range types(x) {
				switch t {
				case "WebSite":
					if ld.website == "" {
						ld.website = clean(str(x["name"]))
					}
				case "Organization", "NewsMediaOrganization":
					if ld.publisher == "" && depth <= 2 {
						// Only a top-level organisation can be the site's own.
						ld.publisher = clean(str(x["name"]))
					}
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			ld.collect(g, depth+1)
		}
		for _, k := range []string{"mainEntity", "mainEntityOfPage", "hasPart", "itemListElement", "about"} {
			if e, ok := x[k]; ok {
				if _, isMap := e.(map[string]any); isMap || k == "hasPart" || k == "mainEntity" {
					ld.collect(e, depth+1)
				}
			}
		}
	}
}

// types returns an object's @type values without a schema.org prefix.
func types(o map[string]any) []string {
	var out []string
	for _, t := range strList(o["@type"], false) {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		t = strings.TrimPrefix(t, "schema:")
		out = append(out, t)
	}
	return out
}

// str returns v as a string when it is a string or number, else "".
func str(v any) string {
	switch x := v.(type) {
	case string:
		if strings.IndexByte(x, '&') >= 0 {
			// Many CMSs HTML-escape JSON-LD strings ("&#8211;", "&amp;").
			return html.UnescapeString(x)
		}
		return x
	case json.Number:
		return x.String()
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	case map[string]any:
		if s, ok := x["@value"]; ok {
			return str(s)
		}
	}
	return ""
}

// strList returns v as strings; split breaks comma-separated keyword strings.
func strList(v any, split bool) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if split {
			for _, p := range strings.Split(x, ",") {
				if p = clean(p); p != "" {
					out = append(out, p)
				}
			}
		} else if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	case []any:
		for _, e := range x {
			out = append(out, strList(e, split)...)
		}
	case map[string]any:
		if n := str(x["name"]); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// resolve follows an {"@id": ...} reference to the full object, if known.
func (ld *ldData) resolve(v any) any {
	if o, ok := v.(map[string]any); ok {
		if id := str(o["@id"]); id != "" && len(o) == 1 {
			if full, ok := ld.byID[id]; ok {
				return full
			}
		}
	}
	return v
}

// name returns the name of an object, a reference to one, or a plain string.
func (ld *ldData) name(v any) string {
	v = ld.resolve(v)
	switch x := v.(type) {
	case string:
		return clean(x)
	case []any:
		for _, e := range x {
			if n := ld.name(e); n != "" {
				return n
			}
		}
	case map[string]any:
		if n := clean(str(x["name"])); n != "" {
			return n
		}
		if n := clean(strings.TrimSpace(str(x["givenName"]) + " " + str(x["familyName"]))); n != "" {
			return n
		}
	}
	return ""
}

// authorNames splits an author value into people and organisations.
func (ld *ldData) authorNames(v any) (people, orgs []string) {
	var rec func(v any, depth int)
	rec = func(v any, depth int) {
		if depth > 4 {
			return
		}
		v = ld.resolve(v)
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				rec(e, depth+1)
			}
		case string:
			n := clean(x)
			if strings.HasPrefix(n, "http://") || strings.HasPrefix(n, "https://") {
				// Rule "ld-author-url" for an author given as its page's
				// address alone ("author": "https://site.example/author/
				// ana-ruiz"): the slug names the person, as for a Person
				// with only a url; an address without one names nobody.
				n = authorSlugName(n)
			}
			if n != "" {
				people = append(people, n)
			}
		case map[string]any:
			n := ld.name(x)
			if n == "" {
				if n = authorSlugName(str(x["url"])); n == "" {
					return
				}
			}
			for _, t := range types(x) {
				if strings.Contains(t, "Organization") || t == "Corporation" || t == "NewsMediaOrganization" {
					orgs = append(orgs, n)
					return
				}
			}
			people = append(people, invertedPerson(n))
		}
	}
	rec(v, 0)
	return people, orgs
}

// invertedPerson is rule authorInvertedPerson: one Person object whose
// name is written surname first, as library and citation systems file
// it ("Marsh, Lena"), names one person, whom the byline rules would split
// at the comma into two ("Marsh", "Lena"); it is read in the order of a
// byline ("Lena Marsh"). Only a one-word surname before the comma and one
// or two capitalised words after it, none a job's, a group's or an
// agency's: "Lena Marsh, Reporter" and "Lena Marsh, Tom Grey" stay as
// written.
func invertedPerson(n string) string {
	surname, given, ok := strings.Cut(n, ", ")
	if !ok || strings.ContainsAny(given, ",;&") || hasDigit(n) {
		return n
	}
	sw, gw := strings.Fields(surname), strings.Fields(given)
	if len(sw) != 1 || len(gw) < 1 || len(gw) > 2 {
		return n
	}
	for _, w := range append(sw, gw...) {
		lw := strings.ToLower(strings.Trim(w, "."))
		if !model.StartsUpper(w) || jobWords[lw] || titleEndWords[lw] || groupWords[lw] || titleStartWords[lw] || localJob(lw) {
			return n
		}
	}
	if agencyPart(surname) || agencyPart(given) {
		return n
	}
	return given + " " + surname
}

// authorPathWords name an author's page in a site's URLs
// (/autores/ana-ruiz/, /author/jane-roe): the words a CMS files writers
// under (authorArchiveWords, which rule authorArchiveLink reads too) and
// a site's pages of its staff, which name one person each in a JSON-LD
// Person's url but may head any person's page in a link.
var authorPathWords = pathWordSet(authorArchiveWords, "staff", "people", "profile", "profiles", "redaktion")

// authorArchiveWords are the path words, lower-cased, that both rule
// "ld-author-url" (authorPathWords) and rule authorArchiveLink
// (archivePathWords, authors.go) take for a writer's archive:
// /author/<slug>/ (WordPress) and the same word in other languages.
var authorArchiveWords = []string{"author", "authors", "autor", "autores", "autoren", "auteur", "auteurs",
	"autore", "autori", "journalist", "journalists", "reporter", "reporters"}

// pathWordSet returns the set of the words of base and more.
func pathWordSet(base []string, more ...string) map[string]bool {
	set := make(map[string]bool, len(base)+len(more))
	for _, w := range base {
		set[w] = true
	}
	for _, w := range more {
		set[w] = true
	}
	return set
}

// authorSlugName is rule "ld-author-url": a Person that gives only its
// url ({"@type":"Person","url":"https://site.example/autores/ana-ruiz/"})
// is named by the slug of its author page: two to four words of letters
// under a path word naming authors ("Ana Ruiz"); any other URL gives none.
func authorSlugName(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return ""
	}
	var segs []string
	for _, s := range strings.Split(p.Path, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) < 2 || !authorPathWords[strings.ToLower(segs[len(segs)-2])] {
		return ""
	}
	words := strings.Split(segs[len(segs)-1], "-")
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for i, w := range words {
		if len(w) < 2 {
			return ""
		}
		for _, r := range w {
			if r < 'a' || r > 'z' {
				return ""
			}
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func (ld *ldData) mainType() string {
	if ld.main == nil {
		return ""
	}
	if c := ld.threadContainer(); c != "" {
		return c
	}
	// Rule bestRankedType: an object typed several ways
	// (["WebPage","NewsArticle"]) is of its best-ranked type, the one that
	// made it the main, not of the first one listed.
	best, bestRank := "", -1
	for _, t := range types(ld.main) {
		if r := typeRank(t); r > bestRank {
			best, bestRank = t, r
		}
	}
	return best
}

// threadPageType is the page type whose mainEntity is the thread's opening
// post: the page is the whole thread (question and answers), the entity
// only its first message.
const threadPageType = "QAPage"

// threadContainer implements rule threadContainerType: when the main object
// is the mainEntity of a QAPage on the page (a forum declares the page a
// QAPage and its question, with its own date, as the mainEntity, so the
// question wins the tie of equal ranks on having a date), the page's type
// is the container's: the page is the thread, not the question alone, and
// callers that treat threads apart read the type. The main object stays
// the question: its author and date are the thread's opening ones.
func (ld *ldData) threadContainer() string {
	for _, o := range ld.objects {
		for _, t := range types(o) {
			if t != threadPageType {
				continue
			}
			if e, ok := ld.resolve(o["mainEntity"]).(map[string]any); ok && sameObject(e, ld.main) {
				return t
			}
		}
	}
	return ""
}

// sameObject reports whether a and b are one decoded object (maps compare
// by identity only).
func sameObject(a, b map[string]any) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

// first returns the main object's value for key, else the first typed
// object's that has it.
func (ld *ldData) first(key string) string {
	if ld.main != nil {
		if v := str(ld.main[key]); v != "" {
			return v
		}
	}
	for _, o := range ld.objects {
		if v := str(o[key]); v != "" {
			return v
		}
	}
	return ""
}

// soleBlogPost returns the one post a Blog object lists in blogPost, or
// nil: a blog page that lists exactly one post is that post's page, and the
// post carries the dates the Blog object lacks.
func (ld *ldData) soleBlogPost() map[string]any {
	for _, o := range ld.objects {
		v := o["blogPost"]
		if a, ok := v.([]any); ok {
			if len(a) != 1 {
				continue
			}
			v = a[0]
		}
		if p, ok := ld.resolve(v).(map[string]any); ok {
			return p
		}
	}
	return nil
}

// image returns the main object's image URL.
func (ld *ldData) image() string {
	if ld.main == nil {
		return ""
	}
	var pick func(v any, depth int) string
	pick = func(v any, depth int) string {
		if depth > 3 {
			return ""
		}
		v = ld.resolve(v)
		switch x := v.(type) {
		case string:
			return x
		case []any:
			for _, e := range x {
				if s := pick(e, depth+1); s != "" {
					return s
				}
			}
		case map[string]any:
			if s := str(x["url"]); s != "" {
				return s
			}
			return str(x["contentUrl"])
		}
		return ""
	}
	return pick(ld.main["image"], 0)
}

// cleanLines is rule "articlebody-paragraphs": an articleBody's line
// breaks are its paragraphs ("First.\n\nSecond."), which the body built
// from it (htmlextract's rule "articlebody-fallback") keeps; each line's
// space is collapsed and blank lines go, so the text is otherwise clean's.
func cleanLines(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return clean(s)
	}
	var b strings.Builder
	for _, l := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' }) {
		if l = clean(l); l != "" {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l)
		}
	}
	return b.String()
}

// ownObject is rule ownArticle: when several objects share the main's rank
// (a news site's @graph lists the page's article and a related one, both
// NewsArticle) and the main names no address of the page, the one object
// of that rank that names it (url, @id or mainEntityOfPage) is the page's
// own: the first listed was a teaser's, and its author and date were
// taken for the page's. nil when the main names the page, when none or
// several others do, or when the page's address is unknown.
func (ld *ldData) ownObject(keys map[string]bool) map[string]any {
	if ld.main == nil || len(keys) == 0 || ld.namesPage(ld.main, keys) {
		return nil
	}
	var own map[string]any
	for _, o := range ld.objects {
		if sameObject(o, ld.main) || !ld.namesPage(o, keys) || !hasRank(o, ld.mainRank) {
			continue
		}
		if own != nil && !sameObject(own, o) {
			return nil
		}
		own = o
	}
	return own
}

// rankShared reports whether another object ranks as the main does, the
// cheap test before rule ownArticle reads the page's addresses.
func (ld *ldData) rankShared() bool {
	for _, o := range ld.objects {
		if ld.main != nil && !sameObject(o, ld.main) && hasRank(o, ld.mainRank) {
			return true
		}
	}
	return false
}

// hasRank reports whether one of o's types ranks r (typeRank).
func hasRank(o map[string]any, r int) bool {
	for _, t := range types(o) {
		if typeRank(t) == r {
			return true
		}
	}
	return false
}

// namesPage reports whether o's url, @id or mainEntityOfPage is one of the
// page's addresses (keys, made by urlKey).
func (ld *ldData) namesPage(o map[string]any, keys map[string]bool) bool {
	for _, k := range []string{"url", "@id", "mainEntityOfPage"} {
		v := o[k]
		if e, ok := v.(map[string]any); ok {
			v = e["@id"]
			if v == nil {
				v = e["url"]
			}
		}
		if u := str(v); u != "" && keys[urlKey(u)] {
			return true
		}
	}
	return false
}

// pageKeys returns the urlKey of the page's address and of its canonical
// link (rule ownArticle).
func (c *collector) pageKeys() map[string]bool {
	keys := map[string]bool{}
	if c.pageURL != nil {
		keys[urlKey(c.pageURL.String())] = true
	}
	if u := c.absURL(c.canonical); u != "" {
		keys[urlKey(u)] = true
	}
	delete(keys, "")
	return keys
}

// urlKey is an address as rule ownArticle compares it: host without
// "www.", path without its trailing slash; scheme, query and fragment
// dropped (a site writes its article's @id as the address plus
// "#article"). "" for an address with no host.
func urlKey(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return ""
	}
	return bareHost(p.Host) + strings.TrimSuffix(p.Path, "/")
}
