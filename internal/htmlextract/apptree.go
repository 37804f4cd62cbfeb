package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
)

// Rule "app-state-tree": some sites keep the article body in their app
// state as the HTML tree itself, parsed on the server into JSON nodes:
// {"component":"p","props":{...},"children":["text", {...}]} (a React
// renderer's content tree), {"type":"tag","name":"p","attribs":{...},
// "children":[{"type":"text","data":"..."}]} (htmlparser2's DOM, as
// cheerio keeps it), {"tagName":"p",...} or {"nodeName":"P",...}, and
// {"tagName":"P","nodeType":1,"childNodes":[{"nodeType":3,"text":"..."}]}
// (node-html-parser's DOM, kept by Nuxt sites as a JSON string). An array
// of such nodes is rendered back to HTML, and the extractor reads it.

// treeTag is the HTML tag a JSON tree node names, or "" when the object is
// no tree node. Components ("Link") give their name; the caller renders
// their children only.
func treeTag(m map[string]any) string {
	for _, k := range []string{"component", "tagName", "tag", "nodeName"} {
		if s, ok := m[k].(string); ok && s != "" {
			return s
		}
	}
	if t, _ := m["type"].(string); t == "tag" || t == "element" {
		s, _ := m["name"].(string)
		return s
	}
	return ""
}

// treeChildren is a tree node's children: "children", or a DOM's
// "childNodes" (node-html-parser's tree as JSON).
func treeChildren(m map[string]any) (any, bool) {
	if c, ok := m["children"]; ok {
		return c, true
	}
	c, ok := m["childNodes"]
	return c, ok
}

// treeText is a text node's text: htmlparser2's {"type":"text","data"},
// a "#text" node's value, or a DOM text node's (nodeType 3) text.
func treeText(m map[string]any) (string, bool) {
	if f, _ := m["nodeType"].(float64); f == 3 {
		if s, ok := m["text"].(string); ok {
			return s, true
		}
		if s, ok := m["rawText"].(string); ok {
			return html.UnescapeString(s), true
		}
	}
	if t, _ := m["type"].(string); t == "text" {
		if s, ok := m["data"].(string); ok {
			return s, true
		}
	}
	if m["nodeName"] == "#text" {
		if s, ok := m["value"].(string); ok {
			return s, true
		}
	}
	return "", false
}

// treeHTML renders an array of tree nodes as HTML; at least two, and half
// the array, must be element nodes with children.
func treeHTML(arr []any) (string, bool) {
	n := 0
	for _, x := range arr {
		if m, ok := x.(map[string]any); ok && treeTag(m) != "" {
			if _, ok := treeChildren(m); ok {
				n++
			}
		}
	}
	if n < 2 || 2*n < len(arr) {
		return "", false
	}
	var b strings.Builder
	treeNode(&b, arr, 0)
	return b.String(), b.Len() > 0
}

func treeNode(b *strings.Builder, v any, depth int) {
	if depth > maxFlightDepth || b.Len() > maxAppStateBytes {
		return
	}
	switch t := v.(type) {
	case string:
		b.WriteString(html.EscapeString(t))
	case []any:
		for _, x := range t {
			treeNode(b, x, depth+1)
		}
	case map[string]any:
		if s, ok := treeText(t); ok {
			b.WriteString(html.EscapeString(s))
			return
		}
		tag := treeTag(t)
		if up := strings.ToLower(tag); up != tag && strings.ToUpper(tag) == tag {
			tag = up // a DOM nodeName ("P", "H2")
		}
		if tag == "" || flightSkip[tag] {
			return
		}
		if !htmlTag(tag) {
			// A component ("Link"): its children are its content.
			c, _ := treeChildren(t)
			treeNode(b, c, depth+1)
			return
		}
		b.WriteString("<" + tag)
		for _, k := range []string{"props", "attribs", "attributes"} {
			if a, ok := t[k].(map[string]any); ok {
				for _, at := range [...][2]string{{"className", "class"}, {"class", "class"}, {"id", "id"}} {
					if s, ok := a[at[0]].(string); ok && s != "" {
						b.WriteString(" " + at[1] + `="` + html.EscapeString(s) + `"`)
					}
				}
			}
		}
		b.WriteString(">")
		if flightVoid[tag] {
			return
		}
		c, _ := treeChildren(t)
		treeNode(b, c, depth+1)
		b.WriteString("</" + tag + ">")
	}
}

// jsonHTML renders the JSON found in a body field (rule
// "app-state-json-body"): typed content blocks (htmlOfBlocks), a tree of
// nodes, or a document or root node holding either under "content",
// "children" or "childNodes". Under a body field, one node is enough
// (treeHTML asks for two elsewhere).
func jsonHTML(v any) (string, bool) {
	switch t := v.(type) {
	case map[string]any:
		if treeTag(t) != "" {
			var b strings.Builder
			treeNode(&b, t, 0)
			return b.String(), b.Len() > 0
		}
		for _, k := range []string{"content", "children", "childNodes"} {
			if a, ok := t[k].([]any); ok {
				return jsonHTML(a)
			}
		}
	case []any:
		if h, ok := htmlOfBlocks(t, 0); ok {
			return h, true
		}
		if reactElement(t) || len(t) > 0 && reactElement(t[0]) {
			// React elements, ["$r","p",null,{"children":...}], as a
			// flight row's.
			r := flightRender{rows: map[string]any{}, done: map[string]bool{}}
			r.node(t, 0, true)
			return r.b.String(), strings.Contains(r.b.String(), "<")
		}
		var b strings.Builder
		treeNode(&b, t, 0)
		return b.String(), strings.Contains(b.String(), "<")
	}
	return "", false
}

// reactElement reports whether v is a React element as JSON:
// ["$", type, key, props] in a flight row, or ["$r", ...] (the same
// element tree kept as JSON by a docs site's MDX compiler, rule
// "app-state-json-body").
func reactElement(v any) bool {
	a, ok := v.([]any)
	if !ok || len(a) != 4 || (a[0] != "$" && a[0] != "$r") {
		return false
	}
	_, ok = a[1].(string)
	return ok
}
