package htmlextract

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestJSONHTML renders the JSON of body fields (rule
// "app-state-json-body"): a DOM tree as node-html-parser keeps it, React
// elements as an MDX compiler keeps them, a rich text document.
func TestJSONHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"node-html-parser root",
			`{"childNodes":[{"childNodes":[{"childNodes":[],"nodeType":3,"rawText":"Tides &amp; winds.","text":"Tides & winds."}],"tagName":"P","nodeType":1},{"childNodes":[],"nodeType":3,"rawText":"x &lt; y"}],"tagName":null,"nodeType":1}`,
			`<p>Tides &amp; winds.</p>x &lt; y`, true},
		{"one element", `{"tagName":"h2","childNodes":[{"nodeType":3,"text":"Plan"}]}`, `<h2>Plan</h2>`, true},
		{"react elements",
			`[["$r","Intro",null,{"children":["$r","p",null,{"children":"Welcome."}]}],["$r","h2",null,{"id":"a","children":["Step ",["$r","code",null,{"children":"one"}]]}]]`,
			`<p>Welcome.</p><h2 id="a">Step <code>one</code></h2>`, true},
		{"rich text document",
			`{"nodeType":"document","content":[{"nodeType":"paragraph","content":[{"nodeType":"text","value":"A."}]},{"nodeType":"heading-2","content":[{"nodeType":"text","value":"B"}]}]}`,
			"<p>A.</p>\n<h2>B</h2>\n", true},
		{"data", `{"a":[1,2,3],"b":"c"}`, "", false},
		{"strings only", `["a","b"]`, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v any
			if err := json.Unmarshal([]byte(tt.in), &v); err != nil {
				t.Fatal(err)
			}
			got, ok := jsonHTML(v)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestJSONBodyPage: a body field holding a DOM tree as a JSON string is
// read as the tree it is, alone or as the pieces of a run of sections
// (rule "app-state-json-body"); before the rule its JSON was the text.
func TestJSONBodyPage(t *testing.T) {
	para := func(theme string, n int) map[string]any {
		var text []string
		for i := range n {
			text = append(text, "The "+theme+" survey counted birds on the marsh for the "+string(rune('a'+i%26))+" transect at dawn.")
		}
		return map[string]any{"tagName": "P", "nodeType": 1.0, "childNodes": []any{map[string]any{"nodeType": 3.0, "text": strings.Join(text, " ")}}}
	}
	dom := func(theme string, n int) string {
		b, _ := json.Marshal(map[string]any{"tagName": nil, "nodeType": 1.0, "childNodes": []any{para(theme, n), para(theme+" second", n)}})
		return string(b)
	}
	page := func(state any) string {
		b, _ := json.Marshal(state)
		return `<html><head><title>Marsh birds counted</title><meta property="og:type" content="article"></head><body><div id="__next"></div>` +
			`<script id="__NEXT_DATA__" type="application/json">` + string(b) + `</script></body></html>`
	}
	tests := []struct {
		name, page, has string
	}{
		{"body", page(map[string]any{"props": map[string]any{"article": map[string]any{"title": "Marsh birds counted", "bodyText": dom("heron", 8)}}}), "heron second survey"},
		{"run of sections", page(map[string]any{"props": map[string]any{"sections": []any{
			map[string]any{"values": map[string]any{"bodyText": dom("curlew", 3)}},
			map[string]any{"values": map[string]any{"bodyText": dom("plover", 3)}},
		}}}), "plover second survey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.page, Options{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.has) || strings.Contains(a.Text, "childNodes") || strings.Contains(a.Text, "nodeType") {
				t.Errorf("text %q", a.Text)
			}
			if !strings.Contains(strings.Join(a.Warnings, "\n"), "app state") {
				t.Errorf("warnings %q", a.Warnings)
			}
		})
	}
}
