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
// cheerio keeps it), {"tagName":"p",...} or {"nodeName":"P",...}. An array
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

// treeText is a text node's text: htmlparser2's {"type":"text","data"},
// or a "#text" node's value.
func treeText(m map[string]any) (string, bool) {
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
			if _, ok := m["children"]; ok {
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
			treeNode(b, t["children"], depth+1)
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
		treeNode(b, t["children"], depth+1)
		b.WriteString("</" + tag + ">")
	}
}
