package htmlextract

import (
	"encoding/json"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/model"
)

// Rule "app-state": script-rendered sites (Next.js, Nuxt, Gatsby, Arc XP
// Fusion, Apollo/GraphQL, WordPress headless front ends) send a skeleton
// (<div id="__next"></div>) and the article as JSON in a script:
// <script id="__NEXT_DATA__" type="application/json">, window.__NUXT__=,
// <script id="__NUXT_DATA__">, window.__INITIAL_STATE__ =,
// window.__APOLLO_STATE__ =, Fusion.globalContent = {...}. When the markup
// gave no body, or one much shorter than a body found in that JSON, the
// JSON's body is the text. Nothing is run: an assignment counts when its
// right-hand side is a JSON value (or JSON.parse of a JSON string), or
// code that only builds a value, read without running it (rule
// "app-state-code", appcode.go: Nuxt 2's window.__NUXT__=(function(a,b)
// {...}(...)), stores with unquoted keys or undefined, SvelteKit's
// data). The body is found by structure, not by
// site: the longest prose among string fields named like a body (body,
// content, articleBody, text, html, rendered, ...) and arrays of typed
// content blocks (Arc content_elements, Sanity Portable Text, Contentful
// rich text, Editor.js), turned into HTML and emitted by the extractor
// itself, so the blocks have the kinds and cleaning of any page. Other
// shapes: Next.js App Router flight rows (appflight.go), HTML trees kept as
// JSON (apptree.go), body fields holding JSON (rule
// "app-state-json-body"), Angular's escaped TransferState (rule
// "app-state-angular"), a Discourse thread's data-preloaded posts (rule
// "app-state-discourse", appforum.go).
//
// On the dev pages every page carrying app state (185 of them: 85 with
// __NEXT_DATA__, 51 with App Router flight rows, 13 Nuxt, 15 Gatsby, 5 Arc
// Fusion, ...) also carries its article in the markup, so the rule changes
// none of their outputs; it exists for pages met before any rendering,
// and TestAppStateSkeleton (gate 32-appstate) measures it on those pages
// with their <body> stripped to its scripts.

const (
	// appStateScanBelow: the scripts are read only when the markup gave
	// less visible text than this, so a page whose layout has its article
	// pays nothing. An app state body must be appStateRatio times the
	// markup's; a markup body of 2000 bytes then needs 4000 in the JSON,
	// and bodies cut that short are teasers the ratio keeps anyway. A cost
	// bound, not fitted: scanning every page (lede bench extract on both
	// sets, 2 alternating runs) left extract/ byte-identical, moved 4 WCXB
	// pages (word F1 0.881 -> 0.880) and cost 7% of pages per CPU-second
	// (WCXB 178-190 -> 166-175) and 5% of allocation (1.63 -> 1.71 MB/page).
	appStateScanBelow = 2000
	// appStateRatio: as articleBodyRatio (rule "articlebody-signal"): the
	// markup missed at least half the article.
	appStateRatio = articleBodyRatio
	// minAppStateBody: as minArticleBody; shorter JSON text is a teaser,
	// a product blurb or a label.
	minAppStateBody = minArticleBody
	// minAppStateSentences: a body is prose, not a list of names or a
	// code sample: it ends at least this many sentences.
	minAppStateSentences = 3
	// minAppStateUndeclared is rule "app-state-undeclared": on a page
	// that does not declare itself an article (og:type, JSON-LD @type),
	// the app state body must be this long. Shops and services keep their
	// shipping, returns and FAQ copy in rich-text fields of their state
	// (a Next.js rug shop's Contentful "Shipping & Returns" tab, 650 bytes,
	// on a WCXB product page whose gold is empty); an article on such a
	// page runs to several paragraphs.
	minAppStateUndeclared = 2000
	// appStateCoverage is rule "app-state-covers": on a page that does
	// not declare an article, an app state body replaces a markup body
	// only when it holds this share of the markup body's words: the
	// markup showed the start of the text and the state holds all of it.
	// Otherwise the state's text is something the page does not show (a
	// WCXB collection page's SEO blurb and FAQ, 2762 bytes, beside the
	// 1367 bytes of its gold-matching grid text).
	appStateCoverage = 0.5
	// maxAppStateScript bounds a script decoded (the dev pages' largest
	// __NEXT_DATA__ runs to 1 MB; whole catalogues inlined run beyond).
	maxAppStateScript = 4 << 20
	// maxAppStateBytes bounds the JSON decoded per page.
	maxAppStateBytes = 8 << 20
	// maxAppStateScripts bounds the scripts decoded per page.
	maxAppStateScripts = 16
	// maxAppStateDepth bounds the JSON walk (the dev pages' __NEXT_DATA__
	// and __NUXT_DATA__ nest 30 deep at most; far deeper is a malformed or
	// hostile page).
	maxAppStateDepth = 64
	// maxAppStateNodes bounds the JSON values visited per page.
	maxAppStateNodes = 1 << 20
)

// appStateGlobals are the global names script-rendered frameworks assign
// their state to, read as JSON or as code (rule "app-state-code").
// Remix's window.__remixContext holds its routes' loader data (an article
// skeleton's word F1 0 -> 0.93 in TestAppStateSkeleton on extract-wcxb,
// see appstate_dev_test.go for the command).
var appStateGlobals = []string{"__NEXT_DATA__", "__NUXT__", "__INITIAL_STATE__", "__APOLLO_STATE__",
	"__PRELOADED_STATE__", "__INITIAL_DATA__", "__APP_STATE__", "__STATE__", "__DATA__", "Fusion.globalContent",
	"__remixContext"}

// appScript is one decoded app state and where it came from.
type appScript struct {
	name string
	v    any
}

// appStateScripts decodes the page's app state scripts, in document
// order, and returns the Next.js flight payload apart (rule
// "app-state-flight", appflight.go).
func appStateScripts(doc *html.Node) (out []appScript, flight []string) {
	total := 0
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && depth < maxDepth && len(out) < maxAppStateScripts; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom != atom.Script {
				walk(c, depth+1)
				continue
			}
			if c.FirstChild == nil || c.FirstChild.Type != html.TextNode {
				continue
			}
			data := c.FirstChild.Data
			if isFlight(data) {
				// Decoded only when no other app state holds a body.
				if total+len(data) <= maxAppStateBytes {
					total += len(data)
					flight = append(flight, data)
				}
				continue
			}
			if len(data) < minAppStateBody || len(data) > maxAppStateScript || total+len(data) > maxAppStateBytes || !proseInside(data) {
				continue
			}
			if s, ok := decodeAppScript(attr(c, "id"), strings.ToLower(attr(c, "type")), data); ok {
				total += len(data)
				out = append(out, s)
			}
		}
	}
	walk(doc, 0)
	return out, flight
}

// proseInside is a cheap look before decoding: a script holding an
// article body holds its sentences ("word. Word"); configuration,
// tracking and code mostly do not, and are not decoded.
func proseInside(data string) bool {
	return strings.Count(data, ". ")+strings.Count(data, "。") >= minAppStateSentences
}

// mayHoldBody is the look before decoding JSON (most app state holds no
// article, and decoding builds every map and string): a body is one
// string literal of minAppStateBody bytes or more, paragraph markup, or
// typed content blocks ("type":"text", "_type":"block", "nodeType":"paragraph",
// "type":"header", "nodeType":"heading-2"), whose type values are sought.
func mayHoldBody(data string) bool {
	// One long literal: the scan follows JSON's quoting (data starts at
	// the value, so it is JSON, not code with other quotes).
	in, start := false, 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			if in && i-start >= minAppStateBody {
				return true
			}
			in, start = !in, i
		}
	}
	// Paragraph markup, as it is or escaped (\u003cp): an HTML body, or
	// its pieces (rule "app-state-run").
	for _, p := range []string{"<p>", "<p ", `\u003cp`, `\u003Cp`} {
		if strings.Contains(data, p) {
			return true
		}
	}
	from := 0
	for tries := 0; tries < maxTypeLooks; tries++ {
		j := strings.Index(data[from:], "ype")
		if j < 0 {
			return false
		}
		from += j + 3
		k := from
		for k < len(data) && k < from+8 && strings.IndexByte("\\\": \t", data[k]) >= 0 {
			k++
		}
		v := data[k:min(len(data), k+9)]
		if strings.HasPrefix(v, "text") || strings.HasPrefix(v, "paragraph") || strings.HasPrefix(v, "block") ||
			strings.HasPrefix(v, "head") {
			return true
		}
	}
	return true
}

// maxTypeLooks bounds the type keys mayHoldBody reads; past it the
// script is decoded (a page of that many typed objects may hold anything).
const maxTypeLooks = 20000

// decodeAppScript reads one script as app state: a JSON script (Next.js,
// Nuxt 3, data islands) or an assignment of JSON to a known global.
func decodeAppScript(id, typ, data string) (appScript, bool) {
	switch {
	case strings.Contains(typ, "ld+json"):
		// JSON-LD is htmlmeta's (rule "articlebody-signal").
		return appScript{}, false
	case typ == "application/json" || id == "__NEXT_DATA__" || id == "__NUXT_DATA__":
		if strings.HasPrefix(strings.TrimLeft(data, " \t\r\n"), "{&q;") {
			// Rule "app-state-angular": Angular's TransferState
			// (<script id="serverApp-state" type="application/json">,
			// before Angular 16) escapes its JSON for HTML as &q; &s;
			// &l; &g; &a;.
			data = angularUnescape.Replace(data)
		}
		// (Nuxt 3's devalue keeps keys and strings apart: no look first.)
		if id != "__NUXT_DATA__" && !mayHoldBody(data) {
			return appScript{}, false
		}
		var v any
		if json.Unmarshal([]byte(data), &v) != nil {
			return appScript{}, false
		}
		name := id
		if name == "" {
			name = "application/json"
		}
		if id == "__NUXT_DATA__" {
			v = undevalue(v)
		}
		return appScript{name: name, v: v}, true
	case typ == "" || strings.Contains(typ, "javascript") || typ == "module":
		// The globals the script names: most scripts name none, and
		// are scanned for each global once, not again for the code
		// path.
		var buf [16]string
		named := buf[:0]
		for _, g := range appStateGlobals {
			if !strings.Contains(data, g) {
				continue
			}
			named = append(named, g)
			if v, ok := assignedJSON(data, g); ok {
				return appScript{name: g, v: v}, true
			}
		}
		// Rule "app-state-code" (appcode.go): state written as code.
		return appCodeState(data, named)
	}
	return appScript{}, false
}

// angularUnescape undoes Angular's TransferState escaping (its
// escapeHtml: & first, so &a; last).
var angularUnescape = strings.NewReplacer("&q;", `"`, "&s;", "'", "&l;", "<", "&g;", ">", "&a;", "&")

// assignedJSON finds "name = <JSON>" (or name = JSON.parse("<JSON>")) in a
// script and decodes the value; other right-hand sides (a function call,
// Nuxt 2's IIFE) are code and are left alone.
func assignedJSON(data, name string) (any, bool) {
	for rest := range assignments(data, name) {
		if p, ok := strings.CutPrefix(rest, "JSON.parse("); ok {
			var s string
			if !strings.HasPrefix(p, `"`) || json.NewDecoder(strings.NewReader(p)).Decode(&s) != nil {
				continue
			}
			rest = s
		}
		if rest == "" || (rest[0] != '{' && rest[0] != '[') || !mayHoldBody(rest) {
			continue
		}
		var v any
		if json.NewDecoder(strings.NewReader(rest)).Decode(&v) == nil {
			return v, true
		}
	}
	return nil, false
}

// maxAssignTries bounds the places a global's name is looked at in one
// script: the assignment comes first or close to it (a guard such as
// "if (window.__NUXT__)" may come before).
const maxAssignTries = 4

// assignments yields the right-hand side (to the script's end, white
// space trimmed) of each "name = " among the first maxAssignTries places
// name occurs in data; "name ==" and "name =>" are no assignments. A
// quote or bracket closing the name (window["name"] =) is passed over.
func assignments(data, name string) iter.Seq[string] {
	return func(yield func(string) bool) {
		from := 0
		for tries := 0; tries < maxAssignTries; tries++ {
			i := strings.Index(data[from:], name)
			if i < 0 {
				return
			}
			from += i + len(name)
			rest := strings.TrimLeft(data[from:], "\"'] \t\r\n")
			if !strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "==") || strings.HasPrefix(rest, "=>") {
				continue
			}
			if !yield(strings.TrimLeft(rest[1:], " \t\r\n")) {
				return
			}
		}
	}
}

// devalueTypes are the wrappers of Nuxt 3's devalue format whose second
// element is the wrapped value.
var devalueTypes = map[string]bool{"ShallowReactive": true, "Reactive": true, "Ref": true, "ShallowRef": true, "NuxtError": true}

// undevalue rebuilds the tree of Nuxt 3's __NUXT_DATA__: a flat array
// whose objects and arrays hold the indices of their values. Shared
// values are rebuilt once; a cycle or too deep a nesting gives nil.
func undevalue(v any) any {
	arr, ok := v.([]any)
	if !ok || len(arr) == 0 {
		return v
	}
	memo := make([]any, len(arr))
	state := make([]byte, len(arr)) // 0 new, 1 in progress, 2 done
	var res func(i, depth int) any
	ref := func(x any, depth int) any {
		f, ok := x.(float64)
		if !ok || f < 0 || int(f) >= len(arr) || f != float64(int(f)) {
			return nil
		}
		return res(int(f), depth+1)
	}
	res = func(i, depth int) any {
		if state[i] == 2 {
			return memo[i]
		}
		if state[i] == 1 || depth > maxAppStateDepth {
			return nil
		}
		state[i] = 1
		var out any
		switch t := arr[i].(type) {
		case map[string]any:
			m := make(map[string]any, len(t))
			for k, x := range t {
				m[k] = ref(x, depth)
			}
			out = m
		case []any:
			if len(t) == 2 {
				if s, ok := t[0].(string); ok && devalueTypes[s] {
					out = ref(t[1], depth)
					break
				}
			}
			if len(t) > 0 {
				if _, ok := t[0].(string); ok {
					// Date, Set, Map and other tagged values: no article text.
					break
				}
			}
			a := make([]any, len(t))
			for j, x := range t {
				a[j] = ref(x, depth)
			}
			out = a
		default:
			out = t
		}
		memo[i], state[i] = out, 2
		return out
	}
	return res(0, 0)
}

// appBodyKeys name the fields that hold an article's body as a string
// (HTML or plain text), in lower case.
var appBodyKeys = map[string]bool{"body": true, "content": true, "articlebody": true, "article_body": true, "text": true,
	"html": true, "bodyhtml": true, "body_html": true, "contenthtml": true, "content_html": true, "rendered": true,
	"fulltext": true, "full_text": true, "articletext": true, "bodytext": true, "body_text": true, "storybody": true}

// maxBodyKey is the longest of appBodyKeys ("article_body").
const maxBodyKey = len("article_body")

// isBodyKey reports whether a field's name, in any case, is one of
// appBodyKeys. It is asked of every string field of a page's state, so it
// lowers the name in a buffer rather than in a new string; a name with a
// byte past ASCII is none of them (no upper-case letter but the Kelvin
// sign lowers to ASCII, and "k" is in no key).
func isBodyKey(k string) bool {
	if len(k) > maxBodyKey {
		return false
	}
	var b [maxBodyKey]byte
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return appBodyKeys[string(b[:len(k)])]
}

// appCand is the best body found so far in the app state.
type appCand struct {
	html   string
	size   int
	source string
	// owner is the object holding the body and up to two of its
	// ancestors, nearest first, where its title, authors and date are.
	owner []map[string]any
}

type appWalker struct {
	// declared: the page declares an article (og:type, JSON-LD @type);
	// rule "app-state-run" joins pieces only then, since a shop's or a
	// listing's state holds runs of product blurbs and item names.
	declared bool
	nodes    int
	// nested is the JSON decoded from strings inside the app state.
	nested int
	source string
	stack  []map[string]any
	// keys holds the sorted keys of the maps being walked (pushKeys).
	keys []string
	// pageTitle is the page's title in lower case, from its metadata.
	pageTitle string
	// best is the longest body; titled the longest whose object names
	// the page's title.
	best, titled appCand
}

// consider keeps h when it holds more text than the best so far, and
// apart, when the object holding it names the page's headline (rule
// "app-state-titled": an article object carries its title beside its
// body; an author's bio, a sidebar's blurb or a related story does not
// carry the page's headline).
func (w *appWalker) consider(h string) {
	floor := w.best.size
	if w.pageTitle != "" {
		floor = min(floor, w.titled.size)
	}
	if len(h) < minAppStateBody || len(h) <= floor {
		return
	}
	if v := visibleLen(h); v < minAppStateBody || v <= floor {
		return
	}
	n, sentences := htmlTextSize(h)
	if n <= floor || n < minAppStateBody || sentences < minAppStateSentences {
		return
	}
	owner := make([]map[string]any, 0, 3)
	for i := len(w.stack) - 1; i >= 0 && len(owner) < 3; i-- {
		owner = append(owner, w.stack[i])
	}
	c := appCand{html: h, size: n, source: w.source, owner: owner}
	if n > w.best.size {
		w.best = c
	}
	if n > w.titled.size && w.namesPage(owner) {
		w.titled = c
	}
}

// minTitleMatch: shorter titles ("Home", "News") match by chance.
const minTitleMatch = 12

// namesPage reports whether one of the objects holds the page's title
// (or the page's title holds it, "Headline | Site", as half of it at
// least: a related story's or a section's short title inside the page's
// headline is no match).
func (w *appWalker) namesPage(owner []map[string]any) bool {
	if w.pageTitle == "" {
		return false
	}
	for _, m := range owner {
		for _, k := range appTitleKeys {
			if t := appTitle(m[k]); len(t) >= minTitleMatch && 2*len(t) >= len(w.pageTitle) {
				t = strings.ToLower(t)
				if strings.Contains(w.pageTitle, t) || strings.Contains(t, w.pageTitle) {
					return true
				}
			}
		}
	}
	return false
}

// pick is the body chosen: the titled one, unless the longest is more
// than appStateRatio times longer (the titled object is then the
// article's first section, and the longest the run of all of them). The
// factor is not fitted: 1.5 and 3 give the same skeleton scores as 2
// (TestAppStateSkeleton: extract/ 0.637, WCXB 0.369), and without the
// guard WCXB falls to 0.365.
func (w *appWalker) pick() appCand {
	if w.titled.size > 0 && appStateRatio*w.titled.size >= w.best.size {
		return w.titled
	}
	return w.best
}

func (w *appWalker) walk(v any, depth int) {
	w.nodes++
	if depth > maxAppStateDepth || w.nodes > maxAppStateNodes {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		w.stack = append(w.stack, t)
		start := len(w.keys)
		keys := pushKeys(&w.keys, t, "")
		for _, k := range keys {
			x := t[k]
			if s, ok := x.(string); ok {
				if len(s) >= minAppStateBody {
					w.str(k, s, depth)
				}
				continue
			}
			w.walk(x, depth+1)
		}
		w.keys = w.keys[:start]
		w.stack = w.stack[:len(w.stack)-1]
	case []any:
		if h, ok := htmlOfBlocks(t, depth); ok {
			w.consider(h)
		} else if h, ok := treeHTML(t); ok {
			// Rule "app-state-tree" (apptree.go).
			w.consider(h)
		}
		if w.declared {
			if h, ok := runOf(t); ok {
				w.consider(h)
			}
		}
		for _, x := range t {
			w.walk(x, depth+1)
		}
	}
}

// pushKeys appends m's keys but skip to *buf, sorted (map order is
// random, and ties must not be), and returns them. The caller cuts *buf
// back to its former length when done with them, so that the walks over
// nested maps share one buffer: a nested call appends after the keys
// returned, never over them.
func pushKeys(buf *[]string, m map[string]any, skip string) []string {
	start := len(*buf)
	for k := range m {
		if k != skip {
			*buf = append(*buf, k)
		}
	}
	keys := (*buf)[start:]
	slices.Sort(keys)
	return keys
}

// str looks at one long string field: a body under a body key (HTML or
// text), HTML markup under any key (a CMS's "contentBlock", a widget's
// "html"), or JSON inside a string (GraphQL caches such as urql keep each
// query's result as a JSON string), decoded within the page's budget.
func (w *appWalker) str(k, s string, depth int) {
	body := isBodyKey(k)
	inner := (s[0] == '{' || s[0] == '[') && w.nested+len(s) <= maxAppStateBytes && mayHoldBody(s)
	switch {
	case body && inner && w.bodyJSON(s, depth):
		// Rule "app-state-json-body": a body field holding JSON, not
		// text: a CMS's rich text or a DOM tree kept as a string (Nuxt
		// pages' "bodyText":"{\"childNodes\":[...]}"), rendered as
		// HTML and walked as the state around it.
	case body || looksHTML(s):
		w.consider(htmlOfString(s))
	case inner:
		w.nested += len(s)
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			w.walk(v, depth+1)
		}
	}
}

// bodyJSON decodes the JSON of a body field, within the page's budget,
// considers it as HTML (jsonHTML) and walks it; it reports false when s
// is no JSON.
func (w *appWalker) bodyJSON(s string, depth int) bool {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return false
	}
	w.nested += len(s)
	if h, ok := jsonHTML(v); ok {
		w.consider(h)
	}
	w.walk(v, depth+1)
	return true
}

// maxRunDepth bounds how deep runOf looks for each item's body: a
// section's body sits a few objects down ("section.content[0].html").
const maxRunDepth = 4

// runOf is rule "app-state-run": an article split into sections, widgets
// or rich-text chunks is an array of objects each holding a piece of the
// body ("widgets":[{"html":"<p>..."},{"html":"<p>..."}]); the pieces,
// each with a sentence, joined in order are one candidate, on a page that
// declares an article (appWalker.declared). An item that links elsewhere (url,
// slug, href, link, permalink) is a teaser of another page, and breaks
// the run: a list of related stories is not one article.
func runOf(arr []any) (string, bool) {
	if len(arr) < 2 {
		return "", false
	}
	var b strings.Builder
	pieces := 0
	for _, x := range arr {
		m, ok := x.(map[string]any)
		if !ok {
			continue
		}
		if linksElsewhere(m) {
			return "", false
		}
		if h := itemBody(m, 0); h != "" {
			if _, sentences := htmlTextSize(h); sentences == 0 {
				// A name, a label or a spec line: no piece of prose.
				continue
			}
			b.WriteString(h)
			b.WriteString("\n")
			pieces++
		}
	}
	return b.String(), pieces >= 2
}

// longer orders strings by length, then bytes: the same for any map order.
func longer(a, b string) bool {
	return len(a) > len(b) || (len(a) == len(b) && a < b)
}

func linksElsewhere(m map[string]any) bool {
	for _, k := range []string{"url", "slug", "href", "link", "permalink", "uri"} {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return false
}

// itemBody is the longest body string within one item of a run, looked
// for through objects and one-item arrays, as HTML.
func itemBody(m map[string]any, depth int) string {
	best := ""
	for k, x := range m {
		switch t := x.(type) {
		case string:
			body := isBodyKey(k)
			if body && t != "" && (t[0] == '{' || t[0] == '[') && len(t) <= maxAppStateScript {
				// Rule "app-state-json-body" (see appWalker.str).
				var v any
				if json.Unmarshal([]byte(t), &v) == nil {
					if h, ok := jsonHTML(v); ok && longer(h, best) {
						best = h
					}
					continue
				}
			}
			if longer(t, best) && (body || looksHTML(t)) {
				best = t
			}
		case map[string]any:
			if depth < maxRunDepth {
				if h := itemBody(t, depth+1); longer(h, best) {
					best = h
				}
			}
		case []any:
			if len(t) == 1 && depth < maxRunDepth {
				if c, ok := t[0].(map[string]any); ok {
					if h := itemBody(c, depth+1); longer(h, best) {
						best = h
					}
				}
			}
		}
	}
	if best == "" || strings.HasPrefix(best, "<") {
		return best
	}
	return htmlOfString(best)
}

// htmlTextSize is the visible text of an HTML string, outside scripts and
// styles, and the number of sentence ends in it.
func htmlTextSize(h string) (size, sentences int) {
	z := html.NewTokenizer(strings.NewReader(h))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return size, sentences
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := string(z.Text())
			size += visibleLen(t)
			for i := 0; i < len(t); i++ {
				if c := t[i]; (c == '.' || c == '!' || c == '?') && (i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n' || t[i+1] == '"') {
					sentences++
				}
			}
			// The ideographic full stop ends Chinese and Japanese sentences.
			sentences += strings.Count(t, "。")
		case html.StartTagToken:
			if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
				skip++
			}
		case html.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
				skip--
			}
		}
	}
}

// looksHTML reports whether a string is HTML markup with block elements.
func looksHTML(s string) bool {
	for _, t := range []string{"</p", "</P", "<br", "<BR", "</h2", "</h3", "</li", "</div", "</blockquote"} {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// inlineHTML reports whether text without block elements carries inline
// markup (</a>, </em>, </strong>): its paragraphs are lines of HTML.
func inlineHTML(s string) bool {
	for i := strings.Index(s, "</"); i >= 0 && i+2 < len(s); {
		if c := s[i+2] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
		j := strings.Index(s[i+2:], "</")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// htmlOfString is a body string as HTML: markup as it is, text (with
// inline markup or none) as paragraphs (see textHTML).
func htmlOfString(s string) string {
	if looksHTML(s) {
		return s
	}
	return textHTML(s, inlineHTML(s))
}

// textHTML is plain text as HTML. Text with blank lines has its
// paragraphs between them, and its single line breaks are wraps (Markdown
// bodies wrapped at 80 columns); text without blank lines has a paragraph
// per line (as rule "articlebody-fallback"). Markdown's block marks are
// read (rule "app-state-markdown": "## " headings, "- "/"* "/"1. " list
// items, "> " quotes), and its links keep their text. With raw, the lines
// are inline HTML, not escaped.
func textHTML(s string, raw bool) string {
	inline := mdInline
	if raw {
		inline = func(t string) string { return t }
	}
	var b strings.Builder
	sep := "\n"
	if strings.Contains(s, "\n\n") {
		sep = "\n\n"
	}
	for para := range strings.SplitSeq(s, sep) {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		lines := strings.Split(para, "\n")
		if mdListItem(lines[0]) != "" {
			// A list: one item per line.
			for _, l := range lines {
				if t := mdListItem(l); t != "" {
					b.WriteString("<li>" + inline(t) + "</li>\n")
				}
			}
			continue
		}
		t := model.CollapseSpace(strings.Join(lines, " "))
		switch {
		case strings.HasPrefix(t, "#"):
			level := min(len(t)-len(strings.TrimLeft(t, "#")), 6)
			fmt.Fprintf(&b, "<h%d>%s</h%d>\n", max(level, 2), inline(strings.TrimLeft(t, "# ")), max(level, 2))
		case strings.HasPrefix(t, "> "):
			b.WriteString("<blockquote><p>" + inline(strings.ReplaceAll(t[2:], " > ", " ")) + "</p></blockquote>\n")
		default:
			b.WriteString("<p>" + inline(t) + "</p>\n")
		}
	}
	return b.String()
}

// mdListItem is a Markdown list item's text, or "".
func mdListItem(l string) string {
	l = strings.TrimSpace(l)
	if t, ok := strings.CutPrefix(l, "- "); ok {
		return t
	}
	if t, ok := strings.CutPrefix(l, "* "); ok {
		return t
	}
	if i := strings.Index(l, ". "); i > 0 && i <= 3 && strings.Trim(l[:i], "0123456789") == "" {
		return l[i+2:]
	}
	return ""
}

// mdLink is a Markdown link or image: its text stays, its target goes.
var mdLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)\s]*\)`)

// mdInline escapes a Markdown line for HTML and keeps its links' text.
func mdInline(t string) string {
	if strings.Contains(t, "](") {
		t = mdLink.ReplaceAllString(t, "$1")
	}
	return html.EscapeString(t)
}

// blockType is a content block's type in the formats known: Arc "type",
// Sanity "_type", Contentful "nodeType".
func blockType(m map[string]any) string {
	for _, k := range []string{"type", "_type", "nodeType"} {
		if s, ok := m[k].(string); ok {
			return strings.ToLower(s)
		}
	}
	return ""
}

// htmlOfBlocks turns an array of typed content blocks into HTML: Arc
// content_elements (text, header, list, quote), Sanity Portable Text
// (block with style, listItem and children spans), Contentful rich text
// (paragraph, heading-N, ordered/unordered-list, blockquote), Editor.js
// (paragraph, header, list with data). Other block types (images, video,
// raw HTML, ads, embeds) are left out. At least two blocks, and half the
// array, must be typed objects: other arrays are data.
func htmlOfBlocks(arr []any, depth int) (string, bool) {
	typed := 0
	for _, x := range arr {
		if m, ok := x.(map[string]any); ok && blockType(m) != "" {
			typed++
		}
	}
	if typed < 2 || 2*typed < len(arr) {
		return "", false
	}
	var b strings.Builder
	list := "" // the open Portable Text list tag
	closeList := func() {
		if list != "" {
			b.WriteString("</" + list + ">\n")
			list = ""
		}
	}
	for _, x := range arr {
		m, ok := x.(map[string]any)
		if !ok {
			continue
		}
		typ := blockType(m)
		if li, _ := m["listItem"].(string); typ == "block" && li != "" {
			tag := "ul"
			if li == "number" {
				tag = "ol"
			}
			if list != tag {
				closeList()
				list = tag
				b.WriteString("<" + tag + ">")
			}
			b.WriteString("<li>" + blockText(m, depth+1) + "</li>")
			continue
		}
		closeList()
		blockHTML(&b, m, typ, depth+1)
	}
	closeList()
	return b.String(), b.Len() > 0
}

// blockHTML writes one typed block.
func blockHTML(b *strings.Builder, m map[string]any, typ string, depth int) {
	style, _ := m["style"].(string)
	switch {
	case typ == "block" && len(style) == 2 && style[0] == 'h' && style[1] >= '1' && style[1] <= '6':
		fmt.Fprintf(b, "<%s>%s</%s>\n", style, blockText(m, depth), style)
	case typ == "block" && style == "blockquote":
		b.WriteString("<blockquote><p>" + blockText(m, depth) + "</p></blockquote>\n")
	case typ == "block" || typ == "text" || typ == "paragraph" || typ == "p":
		if t := blockText(m, depth); t != "" {
			b.WriteString("<p>" + t + "</p>\n")
		}
	case typ == "header" || typ == "heading" || strings.HasPrefix(typ, "heading-"):
		// Arc "level", Editor.js data.level, Contentful "heading-N".
		level := 2
		f, ok := m["level"].(float64)
		if d, isMap := m["data"].(map[string]any); !ok && isMap {
			f, ok = d["level"].(float64)
		}
		if ok && f >= 1 && f <= 6 {
			level = int(f)
		} else if n := typ[len(typ)-1]; n >= '1' && n <= '6' {
			level = int(n - '0')
		}
		fmt.Fprintf(b, "<h%d>%s</h%d>\n", level, blockText(m, depth), level)
	case strings.Contains(typ, "quote"):
		b.WriteString("<blockquote><p>" + blockText(m, depth) + "</p></blockquote>\n")
	case typ == "list" || strings.HasSuffix(typ, "-list") || strings.HasSuffix(typ, "_list"):
		ordered := strings.HasPrefix(typ, "ordered") || m["list_type"] == "ordered"
		items, _ := m["items"].([]any)
		if d, ok := m["data"].(map[string]any); ok {
			items, _ = d["items"].([]any)
			ordered = d["style"] == "ordered"
		}
		if items == nil {
			items, _ = m["content"].([]any)
		}
		tag := "ul"
		if ordered {
			tag = "ol"
		}
		b.WriteString("<" + tag + ">")
		for _, it := range items {
			t := ""
			switch it := it.(type) {
			case string:
				t = it
			case map[string]any:
				t = blockText(it, depth+1)
			}
			if t != "" {
				b.WriteString("<li>" + t + "</li>")
			}
		}
		b.WriteString("</" + tag + ">\n")
	}
}

// blockText is a block's inline HTML: Arc's "content" is inline HTML
// already; Portable Text spans ("text"), Contentful text nodes ("value")
// and nested "children"/"content" arrays are plain text, escaped;
// Editor.js keeps its inline HTML under data.text.
func blockText(m map[string]any, depth int) string {
	if depth > maxAppStateDepth {
		return ""
	}
	if s, ok := m["content"].(string); ok {
		return s
	}
	if d, ok := m["data"].(map[string]any); ok {
		if s, ok := d["text"].(string); ok {
			return s
		}
	}
	for _, k := range []string{"text", "value"} {
		if s, ok := m[k].(string); ok {
			return html.EscapeString(s)
		}
	}
	var b strings.Builder
	for _, k := range []string{"children", "content", "content_elements"} {
		if arr, ok := m[k].([]any); ok {
			for _, x := range arr {
				if c, ok := x.(map[string]any); ok {
					t := blockText(c, depth+1)
					if k == "content_elements" && b.Len() > 0 && t != "" {
						b.WriteString(" ")
					}
					b.WriteString(t)
				}
			}
			break
		}
	}
	return b.String()
}

// fromAppState is rule "app-state" (see above): it replaces the body with
// the app state's when the markup gave less than 1/appStateRatio of it
// (and, on a page not declared an article, rule "app-state-undeclared"),
// and fills the title, authors and publication date from the object
// holding the body when the page's metadata named none.
func (x *extractor) fromAppState(doc *html.Node, declared bool) {
	a := x.a
	have := blocksLen(a.Body)
	// Rule "app-state-discourse" (appforum.go): a forum thread's posts.
	if x.fromForumState(doc, have) {
		return
	}
	w := appWalker{declared: declared, pageTitle: strings.ToLower(model.CollapseSpace(a.Title))}
	scripts, flight := appStateScripts(doc)
	for _, s := range scripts {
		w.source = s.name
		w.walk(s.v, 0)
	}
	best := w.pick()
	wrap := "<html><body><article>%s</article></body></html>"
	if best.size == 0 && len(flight) > 0 && have < minAppStateBody && (have == 0 || declared) {
		// Rule "app-state-flight": the page rendered from its flight
		// rows, whose content the extractor finds as on any page. Only
		// for a markup that is a skeleton (under minAppStateBody, and
		// empty unless the page declares an article): the App Router
		// renders its pages on the server, so a markup with text has what
		// the rows hold (a WCXB service page's 200 bytes matched its gold;
		// its rows rendered gave 2600 of props and alt texts), and
		// rendering them costs a second extraction.
		if h := flightHTML(flightPayload(flight)); h != "" {
			if n, sentences := htmlTextSize(h); n >= minAppStateBody && sentences >= minAppStateSentences {
				best = appCand{html: h, size: n, source: "self.__next_f"}
				wrap = "<html><body>%s</body></html>"
			}
		}
	}
	if best.size == 0 || float64(best.size) <= appStateRatio*float64(have) ||
		(!declared && best.size < minAppStateUndeclared) {
		return
	}
	opts := x.opts
	opts.inner = true
	opts.Comments = false
	inner, err := Extract(fmt.Sprintf(wrap, best.html), opts)
	got := 0
	if err == nil && inner != nil {
		got = blocksLen(inner.Body)
	}
	if float64(got) <= appStateRatio*float64(have) || got < minAppStateBody || (!declared && got < minAppStateUndeclared) {
		return
	}
	if have > 0 && !declared && wordCoverage(wordsOf(model.JoinBlocks(a.Body)), wordsOf(model.JoinBlocks(inner.Body))) < appStateCoverage {
		// Rule "app-state-covers": see appStateCoverage.
		return
	}
	a.Body = append(a.Body[:0], inner.Body...)
	a.Warnings = append(a.Warnings, appStateWarning(have, best.source))
	x.appStateMeta(best.owner)
}

// appStateWarning tells that the body came from the page's app state
// (source names where) in place of a markup text of have bytes.
func appStateWarning(have int, source string) string {
	if have == 0 {
		return "no content in the page's markup; the body is from its app state (" + source + ")"
	}
	return "the page's markup held a shorter text; the body is from its app state (" + source + ")"
}

// appTitleKeys, appDateKeys and appAuthorKeys name the metadata fields of
// the object holding an app state body (and of its parents), as
// frameworks and CMSs name them.
var (
	appTitleKeys  = []string{"headline", "title"}
	appDateKeys   = []string{"datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "first_publish_date", "display_date", "publicationDate", "date"}
	appAuthorKeys = []string{"authors", "author", "byline", "credits"}
)

// maxAppAuthors bounds the authors read from app state.
const maxAppAuthors = 6

// appStateMeta fills what the page's metadata left empty from the object
// holding the app state body, nearest object first.
func (x *extractor) appStateMeta(owner []map[string]any) {
	a := x.a
	now := x.opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	for _, m := range owner {
		if a.Title == "" {
			for _, k := range appTitleKeys {
				if t := appTitle(m[k]); t != "" {
					a.Title = t
					break
				}
			}
			if a.Title == "" {
				// Arc: "headlines": {"basic": "..."}.
				if h, ok := m["headlines"].(map[string]any); ok {
					a.Title = appTitle(h["basic"])
				}
			}
		}
		if a.Dates.Published == nil {
			for _, k := range appDateKeys {
				if d := appDate(m[k], now); d != "" {
					a.Dates.Published = &model.Date{Value: d, Evidence: "app state " + k}
					break
				}
			}
		}
		if len(a.Authors) == 0 {
			for _, k := range appAuthorKeys {
				if as := appAuthors(m[k], 0); len(as) > 0 {
					a.Authors = as
					break
				}
			}
		}
	}
}

// maxAppTitle: longer strings are text, not headlines.
const maxAppTitle = 300

func appTitle(v any) string {
	s, ok := v.(string)
	if !ok {
		return ""
	}
	s = model.CollapseSpace(s)
	if len(s) > maxAppTitle || strings.ContainsRune(s, '<') {
		return ""
	}
	return s
}

// appDate reads an ISO date (YYYY-MM-DD, or RFC 3339 in full) not after now.
func appDate(v any, now time.Time) string {
	s, ok := v.(string)
	if !ok || len(s) < 10 {
		return ""
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		if t.After(now) {
			return ""
		}
		return t.Format(time.RFC3339)
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil || t.After(now) {
		return ""
	}
	return s[:10]
}

// appAuthors reads names: a string ("By Ana Ruiz and Tom Lee" is left
// whole minus its "By"), an object's "name" (or Arc credits' "by" list),
// or a list of either.
func appAuthors(v any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch t := v.(type) {
	case string:
		s := model.CollapseSpace(t)
		s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "By "), "by "))
		if s == "" || len(s) > 80 || strings.ContainsAny(s, "<{/") {
			return nil
		}
		return []string{s}
	case map[string]any:
		if by, ok := t["by"]; ok {
			return appAuthors(by, depth+1)
		}
		for _, k := range []string{"name", "displayName", "display_name"} {
			if s, ok := t[k].(string); ok {
				return appAuthors(s, depth+1)
			}
		}
	case []any:
		var out []string
		for _, x := range t {
			for _, s := range appAuthors(x, depth+1) {
				if len(out) < maxAppAuthors && !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
		}
		return out
	}
	return nil
}
