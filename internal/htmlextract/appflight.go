package htmlextract

import (
	"encoding/json"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Rule "app-state-flight": pages of Next.js's App Router carry no
// __NEXT_DATA__; the server streams the page as React Server Components
// "flight" rows in scripts, self.__next_f.push([1,"<chunk>"]), whose
// chunks joined are lines "<hex id>:<JSON>" (the element trees,
// ["$","p",null,{"children":"..."}]) and "<hex id>:T<hex length>,<text>"
// (long texts, such as a CMS body referenced from
// dangerouslySetInnerHTML as "$<id>"). When the markup is a skeleton, the
// trees rendered back to HTML (tags, class and id, text, inner HTML) are
// the page as the browser would draw it, and the extractor reads that
// page as any other. Only JSON is decoded; nothing is run.

// flightPrefix opens a flight script.
const flightPrefix = "self.__next_f.push([1,"

// maxFlightDepth bounds the element trees rendered (React trees nest
// components and fragments around the elements: deeper than the DOM, but
// html.Parse refuses more than 512 open elements anyway).
const maxFlightDepth = 256

// isFlight reports whether a script is a flight chunk.
func isFlight(data string) bool {
	return strings.HasPrefix(strings.TrimLeft(data, " \t\r\n"), flightPrefix)
}

// flightPayload joins the decoded chunks of the flight scripts.
func flightPayload(scripts []string) string {
	var b strings.Builder
	for _, d := range scripts {
		if c, ok := flightChunk(d); ok {
			b.WriteString(c)
		}
	}
	return b.String()
}

// flightChunk is the chunk of one flight script, decoded.
func flightChunk(data string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimLeft(data, " \t\r\n"), flightPrefix)
	if !ok {
		return "", false
	}
	var s string
	if json.NewDecoder(strings.NewReader(rest)).Decode(&s) != nil {
		return "", false
	}
	return s, true
}

// flightRows splits a flight payload into its rows: id -> decoded JSON,
// or the text of a T row. Rows of other kinds (I imports, HL hints,
// E errors) are skipped.
func flightRows(p string) map[string]any {
	rows := make(map[string]any)
	for i := 0; i < len(p); {
		j := strings.IndexByte(p[i:], ':')
		if j < 0 {
			break
		}
		id := p[i : i+j]
		rest := p[i+j+1:]
		if k := strings.IndexByte(id, '\n'); k >= 0 {
			// A stray line: start again after it.
			i += k + 1
			continue
		}
		if strings.HasPrefix(rest, "T") {
			k := strings.IndexByte(rest, ',')
			n, err := strconv.ParseInt(rest[1:max(k, 1)], 16, 64)
			if k < 0 || err != nil || n < 0 || int64(len(rest)-k-1) < n {
				break
			}
			rows[id] = rest[k+1 : k+1+int(n)]
			i += j + 1 + k + 1 + int(n)
			continue
		}
		e := strings.IndexByte(rest, '\n')
		if e < 0 {
			e = len(rest)
		}
		if line := rest[:e]; line != "" && strings.IndexByte(`[{"`, line[0]) >= 0 {
			var v any
			if json.Unmarshal([]byte(line), &v) == nil {
				rows[id] = v
			}
		}
		i += j + 1 + e + 1
	}
	return rows
}

// flightSkip are the elements whose content is no text of the page.
var flightSkip = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"meta": true, "link": true, "title": true, "svg": true, "iframe": true, "canvas": true, "video": true, "audio": true,
	"input": true, "select": true, "textarea": true, "button": true, "img": true, "picture": true, "source": true}

// flightVoid are the elements without content.
var flightVoid = map[string]bool{"br": true, "hr": true, "wbr": true}

type flightRender struct {
	rows map[string]any
	done map[string]bool
	b    strings.Builder
	keys []string
}

// flightHTML renders a flight payload's root row (id "0") as HTML,
// following the references between rows, each row once.
func flightHTML(payload string) string {
	r := flightRender{rows: flightRows(payload), done: make(map[string]bool)}
	if root, ok := r.rows["0"]; ok {
		r.done["0"] = true
		r.node(root, 0, false)
	}
	return r.b.String()
}

// ref renders the row a "$<id>" string names ("$L<id>" lazy, "$@<id>"
// promise), or reports it is none.
func (r *flightRender) ref(s string, depth int, text bool) bool {
	id := strings.TrimLeft(s[1:], "L@")
	v, ok := r.rows[id]
	if !ok || id == "" {
		return false
	}
	if !r.done[id] {
		r.done[id] = true
		r.node(v, depth+1, text)
	}
	return true
}

// node renders a value. text says it is an element's content, whose
// strings are text; elsewhere (a router's records, a component's other
// props) strings are data (slugs, query strings, tokens) unless they read
// as prose (proseString), and the elements and references in them count.
func (r *flightRender) node(v any, depth int, text bool) {
	if depth > maxFlightDepth || r.b.Len() > maxAppStateBytes {
		return
	}
	switch t := v.(type) {
	case string:
		if strings.HasPrefix(t, "$") && !strings.HasPrefix(t, "$$") {
			r.ref(t, depth, text)
			return
		}
		if text {
			r.b.WriteString(html.EscapeString(strings.TrimPrefix(t, "$")))
		} else if proseString(t) {
			// A client component's text comes as a prop ("title",
			// "description", "content").
			r.b.WriteString("<p>" + html.EscapeString(t) + "</p>")
		}
	case []any:
		if reactElement(t) {
			props, _ := t[3].(map[string]any)
			r.element(t[1].(string), props, depth)
			return
		}
		for _, x := range t {
			r.node(x, depth+1, text)
		}
	case map[string]any:
		r.record(t, "", depth)
	}
}

// record renders an object that is not an element: a router's or a
// layout's record, or a component's props but skip; its arrays and
// objects may hold the trees (Next.js puts the page under "f"), its
// strings are data. The keys go in sorted order (pushKeys), for the same
// HTML whatever the map's order.
func (r *flightRender) record(t map[string]any, skip string, depth int) {
	if depth > maxFlightDepth || r.b.Len() > maxAppStateBytes {
		return
	}
	start := len(r.keys)
	for _, k := range pushKeys(&r.keys, t, skip) {
		r.node(t[k], depth+1, false)
	}
	r.keys = r.keys[:start]
}

// minPropWords: a prop string of fewer words is a name, a label or data.
const minPropWords = 5

// proseString reports whether a string outside an element's content reads
// as text: words ending a sentence, not a slug, a query, a CSS value, code
// or a token.
func proseString(t string) bool {
	if strings.Count(t, " ") < minPropWords-1 || strings.ContainsAny(t, "{}=<>\\|#%") || strings.Contains(t, "://") {
		return false
	}
	// A sentence ends so (CSS values, labels and alt texts mostly do not).
	t = strings.TrimRight(t, " \"'”’)")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "。")
}

// element renders one React element: an HTML tag with its class and id,
// or, for a component ("$L1f", "$Sreact.suspense"), its children and the
// elements in its other props.
func (r *flightRender) element(tag string, props map[string]any, depth int) {
	if !htmlTag(tag) {
		// A component passes its content as children, and the router's
		// as other props ("initialSeedData", "template", "loading").
		r.node(props["children"], depth+1, true)
		r.record(props, "children", depth+1)
		return
	}
	if flightSkip[tag] {
		return
	}
	r.b.WriteString("<" + tag)
	for _, a := range [...][2]string{{"className", "class"}, {"id", "id"}, {"role", "role"}, {"href", "href"}, {"itemProp", "itemprop"}} {
		if s, ok := props[a[0]].(string); ok && s != "" && !strings.HasPrefix(s, "$") {
			r.b.WriteString(" " + a[1] + `="` + html.EscapeString(s) + `"`)
		}
	}
	r.b.WriteString(">")
	if flightVoid[tag] {
		return
	}
	if d, ok := props["dangerouslySetInnerHTML"].(map[string]any); ok {
		if s, ok := d["__html"].(string); ok {
			if strings.HasPrefix(s, "$") && !strings.HasPrefix(s, "$$") {
				if t, ok := r.rows[strings.TrimLeft(s[1:], "L@")].(string); ok {
					s = t
				} else {
					s = ""
				}
			}
			r.b.WriteString(s)
		}
	} else {
		r.node(props["children"], depth+1, true)
	}
	r.b.WriteString("</" + tag + ">")
}

// htmlTag reports whether a React element type is an HTML tag (lower
// case letters and digits), not a component.
func htmlTag(tag string) bool {
	if tag == "" || tag[0] < 'a' || tag[0] > 'z' {
		return false
	}
	for i := 1; i < len(tag); i++ {
		if c := tag[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
