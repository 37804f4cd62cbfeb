package htmlextract

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
)

// appStatePage is what the golden files under testdata/appstate pin: the
// body, the warnings telling where it came from, and the metadata rule
// "app-state" may fill.
type appStatePage struct {
	Title     string        `json:"title"`
	Authors   []string      `json:"authors"`
	Published *model.Date   `json:"published,omitempty"`
	Body      []model.Block `json:"body"`
	Warnings  []string      `json:"warnings"`
	Err       string        `json:"err,omitempty"`
}

// TestAppStatePages extracts the synthetic script-rendered pages under
// testdata/appstate: a Next.js skeleton (body as an HTML string, no
// <title>), an Arc Fusion page (content_elements), a
// window.__INITIAL_STATE__ = JSON.parse(...) page (Portable Text), a Nuxt 3
// __NUXT_DATA__ page (devalue holding Contentful rich text), a page whose
// markup article beats a teaser in its app state, and a page whose app
// state is malformed, code or too deep; an article split into widgets
// beside a longer author bio and related teasers (rules app-state-run and
// app-state-titled), a Markdown body in a JSON string of a GraphQL cache,
// and a shop page whose state's FAQ must not replace its markup (rule
// app-state-covers), and a Next.js App Router page whose article is in
// its flight rows (rule app-state-flight).
func TestAppStatePages(t *testing.T) { appGoldenPages(t, "appstate", 10) }

// appGoldenPages extracts the pages under testdata/DIR (at least min of
// them) and compares each with its golden file (-update rewrites them).
func appGoldenPages(t *testing.T, dir string, min int) {
	t.Helper()
	pages, _ := filepath.Glob(filepath.Join("testdata", dir, "*.html"))
	if len(pages) < min {
		t.Fatalf("%d pages under testdata/%s, %d expected", len(pages), dir, min)
	}
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			golden.JSON(t, strings.TrimSuffix(p, ".html")+".golden.json",
				appStateGot(Extract(string(b), Options{URL: "https://example.com/" + name, Now: testNow})))
		})
	}
}

// appStateGot is what the app-state goldens pin of an extraction.
func appStateGot(a *model.Article, err error) appStatePage {
	got := appStatePage{Title: a.Title, Authors: a.Authors, Published: a.Dates.Published, Body: a.Body, Warnings: a.Warnings}
	if err != nil {
		got.Err = err.Error()
	}
	return got
}

// TestAppStateKinds pins what each page must show whatever the goldens
// say: the structure kept, and the warning only when the body is the app
// state's.
func TestAppStateKinds(t *testing.T) {
	tests := []struct {
		page      string
		kinds     []string // block kinds that must appear
		fromState bool
		title     string
	}{
		{"next", []string{model.KindParagraph, model.KindHeading, model.KindListItem, model.KindBlockquote}, true, "Eastmere board votes to rebuild ferry pier"},
		{"fusion", []string{model.KindParagraph, model.KindHeading, model.KindListItem, model.KindBlockquote}, true, "Eastmere Gazette"},
		{"initial-state", []string{model.KindParagraph, model.KindHeading, model.KindListItem, model.KindBlockquote}, true, ""},
		{"nuxt3", []string{model.KindParagraph, model.KindHeading, model.KindListItem, model.KindBlockquote}, true, ""},
		{"dom-wins", []string{model.KindParagraph}, false, ""},
		{"malformed", nil, false, ""},
		{"sections", []string{model.KindParagraph, model.KindHeading}, true, ""},
		{"markdown", []string{model.KindParagraph, model.KindHeading, model.KindListItem, model.KindBlockquote}, true, ""},
		{"shop-covers", []string{model.KindParagraph}, false, ""},
		{"flight", []string{model.KindParagraph, model.KindHeading}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "appstate", tt.page+".html"))
			if err != nil {
				t.Fatal(err)
			}
			a, _ := Extract(string(b), Options{Now: testNow})
			checkKinds(t, a, tt.kinds)
			warned := strings.Contains(strings.Join(a.Warnings, "\n"), "app state")
			if warned != tt.fromState {
				t.Errorf("app state warning = %v, want %v (%q)", warned, tt.fromState, a.Warnings)
			}
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if strings.Contains(a.Text, "newsletter") || strings.Contains(a.Text, "Read the full story") ||
				strings.Contains(a.Text, "two dogs") || strings.Contains(a.Text, "https://") || strings.Contains(a.Text, "Question 3") ||
				strings.Contains(a.Text, "window.x") || strings.Contains(a.Text, "rights reserved") {
				t.Errorf("text holds what it must not: %q", a.Text)
			}
		})
	}
}

func TestAssignedJSON(t *testing.T) {
	tests := []struct {
		name, data, global string
		want               any
		ok                 bool
	}{
		{"object", `window.__INITIAL_STATE__ = {"type":"text"};`, "__INITIAL_STATE__", map[string]any{"type": "text"}, true},
		{"bracket form", `window["__APOLLO_STATE__"]={"b":[{"type":"text"}]}`, "__APOLLO_STATE__", map[string]any{"b": []any{map[string]any{"type": "text"}}}, true},
		{"JSON.parse", `window.__INITIAL_STATE__=JSON.parse("{\"type\":\"text\"}")`, "__INITIAL_STATE__", map[string]any{"type": "text"}, true},
		{"no body in it", `window.__INITIAL_STATE__ = {"a":1};`, "__INITIAL_STATE__", nil, false},
		{"code, not JSON", `window.__NUXT__=(function(a){return {b:a}}(1))`, "__NUXT__", nil, false},
		{"comparison", `if (window.__STATE__ == null) {}`, "__STATE__", nil, false},
		{"later assignment", `var k="__DATA__"; window.__DATA__ = {"type":"block"}`, "__DATA__", map[string]any{"type": "block"}, true},
		{"truncated", `Fusion.globalContent={"e":`, "Fusion.globalContent", nil, false},
		{"absent", `console.log(1)`, "__STATE__", nil, false},
		{"remix", `window.__remixContext = {"state":{"loaderData":{"routes/post":{"type":"text"}}}};`, "__remixContext",
			map[string]any{"state": map[string]any{"loaderData": map[string]any{"routes/post": map[string]any{"type": "text"}}}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := assignedJSON(tt.data, tt.global)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestUndevalue(t *testing.T) {
	tests := []struct {
		name string
		in   []any
		want any
	}{
		{"wrapped object", []any{[]any{"ShallowReactive", 1.0}, map[string]any{"t": 2.0, "l": 3.0}, "hi", []any{2.0, 2.0}},
			map[string]any{"t": "hi", "l": []any{"hi", "hi"}}},
		{"cycle", []any{map[string]any{"self": 0.0}}, map[string]any{"self": nil}},
		{"bad index", []any{map[string]any{"x": 9.0, "y": -1.0}}, map[string]any{"x": nil, "y": nil}},
		{"tagged value", []any{map[string]any{"d": 1.0}, []any{"Date", "2024-01-01"}}, map[string]any{"d": nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, undevalue(tt.in)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestHTMLOfBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   []any
		want string
		ok   bool
	}{
		{"editor.js", []any{
			map[string]any{"type": "header", "data": map[string]any{"text": "Plan", "level": 3.0}},
			map[string]any{"type": "paragraph", "data": map[string]any{"text": "One <b>two</b>."}},
			map[string]any{"type": "list", "data": map[string]any{"style": "ordered", "items": []any{"a", "b"}}},
		}, "<h3>Plan</h3>\n<p>One <b>two</b>.</p>\n<ol><li>a</li><li>b</li></ol>\n", true},
		{"portable text list and escaping", []any{
			map[string]any{"_type": "block", "children": []any{map[string]any{"_type": "span", "text": "a < b"}}},
			map[string]any{"_type": "block", "listItem": "number", "children": []any{map[string]any{"text": "x"}}},
			map[string]any{"_type": "block", "listItem": "number", "children": []any{map[string]any{"text": "y"}}},
		}, "<p>a &lt; b</p>\n<ol><li>x</li><li>y</li></ol>\n", true},
		{"contentful heading level", []any{
			map[string]any{"nodeType": "heading-4", "content": []any{map[string]any{"nodeType": "text", "value": "H"}}},
			map[string]any{"nodeType": "embedded-entry-block"},
		}, "<h4>H</h4>\n", true},
		{"data, not blocks", []any{map[string]any{"type": "x"}, 1.0, 2.0, 3.0}, "", false},
		{"one block", []any{map[string]any{"type": "text", "content": "x"}}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := htmlOfBlocks(tt.in, 0)
			if ok != tt.ok || got != tt.want {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestAppStateBounds: a script over the size cap is not decoded, and a
// page that declares no article needs a long app state body (rule
// "app-state-undeclared").
func TestAppStateBounds(t *testing.T) {
	para := "The pier will be rebuilt on steel piles over eleven months. Ferries move to the fishing quay meanwhile. "
	body := strings.Repeat(para, 8)
	page := func(typ, body string) string {
		return `<html><head><meta property="og:type" content="` + typ + `"></head><body><div id="__next"></div>` +
			`<script id="__NEXT_DATA__" type="application/json">{"props":{"post":{"body":"` + body + `"}}}</script></body></html>`
	}
	tests := []struct {
		name, page string
		ok         bool
	}{
		{"article", page("article", body), true},
		{"over the cap", page("article", body+strings.Repeat(" ", maxAppStateScript)), false},
		{"undeclared, short", page("website", body), false},
		{"undeclared, long", page("website", strings.Repeat(para, 30)), true},
		{"deep", `<html><head><meta property="og:type" content="article"></head><body><script type="application/json">` +
			strings.Repeat(`{"a":`, 5000) + `"` + body + `"` + strings.Repeat("}", 5000) + `</script></body></html>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.page, Options{Now: testNow})
			if got := err == nil; got != tt.ok {
				t.Fatalf("extracted = %v (%v), want %v", got, err, tt.ok)
			}
			if !tt.ok && !errors.Is(err, model.ErrNoContent) {
				t.Errorf("err %v, want ErrNoContent", err)
			}
			if tt.ok && !strings.Contains(a.Text, "steel piles") {
				t.Errorf("text %q", a.Text)
			}
		})
	}
}

// FuzzAppState: any script text, under any id and type, decodes and walks
// without panicking and yields HTML the extractor takes.
func FuzzAppState(f *testing.F) {
	f.Add("__NEXT_DATA__", "application/json", `{"props":{"body":"<p>A. B. C.</p>"}}`)
	f.Add("", "", `window.__INITIAL_STATE__ = JSON.parse("{\"a\":[{\"_type\":\"block\"}]}")`)
	f.Add("__NUXT_DATA__", "application/json", `[["Reactive",1],{"a":2},[0,1,2]]`)
	f.Add("", "text/javascript", `Fusion.globalContent={"content_elements":[{"type":"list","items":[1,{"type":"text"}]},{"type":"header","level":9}]};`)
	// Deep: typed blocks and tree nodes nested 4000 levels, past every
	// depth cap (walk, blockText, treeNode), within encoding/json's.
	f.Add("__NEXT_DATA__", "application/json", `{"body":`+strings.Repeat(`[{"type":"text","content":"A. B. C."},{"type":"paragraph","children":`, 2000)+
		`"x"`+strings.Repeat(`}]`, 2000)+`}`)
	f.Add("", "application/json", strings.Repeat(`[{"tagName":"p","children":`, 4000)+`"x"`+strings.Repeat(`}]`, 4000))
	f.Fuzz(func(t *testing.T, id, typ, data string) {
		s, ok := decodeAppScript(id, typ, data)
		if !ok {
			return
		}
		w := appWalker{source: s.name}
		w.walk(s.v, 0)
		if w.best.size > 0 && w.best.size < minAppStateBody {
			t.Fatalf("best of %d bytes kept", w.best.size)
		}
	})
}

func TestMayHoldBody(t *testing.T) {
	long := strings.Repeat("Word word. ", 60)
	tests := []struct {
		name, data string
		want       bool
	}{
		{"long literal", `{"a":"` + long + `"}`, true},
		{"escaped quotes stay inside", `{"a":"` + strings.Repeat(`say \"hi\". `, 50) + `"}`, true},
		{"short strings only", `{"a":"x","b":"` + strings.Repeat("y", 100) + `","c":[1,2,3]}`, false},
		{"arc text blocks", `{"content_elements":[{"type":"text","content":"a"}]}`, true},
		{"portable text, spaced", `[{"_type": "block","children":[]}]`, true},
		{"contentful heading", `{"nodeType":"heading-2"}`, true},
		{"escaped in a JS string", `{\"type\":\"paragraph\"}`, true},
		{"other types", `{"type":"image","@type":"Organization"}`, false},
		{"paragraph markup", `{"w":[{"html":"<p>a</p>"}]}`, true},
		{"escaped paragraph markup", `{"w":"\u003cp\u003ea"}`, true},
	}
	for _, tt := range tests {
		if got := mayHoldBody(tt.data); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFlightRows(t *testing.T) {
	// A T row's length counts bytes: "café" is five.
	payload := "1:\"$Sreact.fragment\"\n2:I[1,[],\"x\"]\n4:T5,café0:[\"$\",\"p\",null,{\"children\":\"$4\"}]\n:HL[\"/a.css\"]\nbad line\n7:{\"a\":1}"
	want := map[string]any{"1": "$Sreact.fragment", "4": "café", "0": []any{"$", "p", nil, map[string]any{"children": "$4"}}, "7": map[string]any{"a": 1.0}}
	if d := cmp.Diff(want, flightRows(payload)); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	if got := flightHTML(payload); got != "<p>café</p>" {
		t.Errorf("flightHTML = %q", got)
	}
	for _, p := range []string{"4:T99,short", "4:Tzz,x", "0:[\"$\",\"p\"", "0:\"$0\""} {
		flightHTML(p) // no panic, no loop
	}
}

func TestFlightElement(t *testing.T) {
	rows := `0:["$","div",null,{"className":"a\"b","children":[["$","br",null,{}],["$","img",null,{"src":"x"}],"$$5 off",["$","$L1",null,{"fallback":["$","span",null,{"children":"wait"}],"children":"kid"}]]}]`
	want := `<div class="a&#34;b"><br>$5 offkid<span>wait</span></div>`
	if got := flightHTML(rows); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzFlight: any flight payload renders without panicking, in bounds.
func FuzzFlight(f *testing.F) {
	f.Add("0:[\"$\",\"p\",null,{\"children\":\"$1\"}]\n1:T3,abc")
	f.Add("0:[\"$\",\"$L1\",null,{\"x\":[\"$\",\"div\",null,{\"dangerouslySetInnerHTML\":{\"__html\":\"$2\"}}]}]\n2:T2,<p")
	f.Add("0:[\"$0\",\"$@0\",\"$L0\"]\n")
	f.Fuzz(func(t *testing.T, payload string) {
		if h := flightHTML(payload); len(h) > maxAppStateBytes+len(payload)*4+1024 {
			t.Fatalf("%d bytes of HTML from %d", len(h), len(payload))
		}
	})
}

func TestProseString(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The board voted to rebuild the pier.", true},
		{"Is the pier safe for the winter storms?", true},
		{"how-to-rebuild-a-pier", false},
		{"linear-gradient(9deg, #140B1E 0%, #491591 85%).", false},
		{"A NEW PIER IS COMING SOON", false},
		{"fragment Page on Page { title body } and more.", false},
		{"Read it at https://example.org for the whole story.", false},
	}
	for _, tt := range tests {
		if got := proseString(tt.s); got != tt.want {
			t.Errorf("proseString(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestTreeHTML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		ok   bool
	}{
		{"react content tree",
			`[{"component":"h2","props":{"className":"h"},"children":"Plan"},{"component":"p","children":["One ",{"component":"Link","props":{"href":"/x"},"children":"two"},"."]},{"component":"script","children":"x()"}]`,
			`<h2 class="h">Plan</h2><p>One two.</p>`, true},
		{"htmlparser2 dom",
			`[{"type":"tag","name":"p","attribs":{"id":"a"},"children":[{"type":"text","data":"a < b"}]},{"type":"tag","name":"ul","children":[{"type":"tag","name":"li","children":[{"type":"text","data":"x"}]}]}]`,
			`<p id="a">a &lt; b</p><ul><li>x</li></ul>`, true},
		{"one node", `[{"component":"p","children":"x"},1,2]`, "", false},
		{"data", `[{"name":"a","children":[]},{"name":"b","children":[]}]`, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v []any
			if err := json.Unmarshal([]byte(tt.in), &v); err != nil {
				t.Fatal(err)
			}
			got, ok := treeHTML(v)
			if ok != tt.ok || got != tt.want {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestAppStateGuards: one synthetic page per guard of rule "app-state"
// that no golden page exercises alone; each fails with its guard switched
// off (checked by making the guard return early).
func TestAppStateGuards(t *testing.T) {
	// sentences returns n distinct invented sentences on a theme word.
	sentences := func(theme string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "The %s committee met for session %d and agreed on the next steps. ", theme, i+1)
		}
		return strings.TrimSpace(b.String())
	}
	str := func(s string) string {
		b, _ := json.Marshal(s)
		return string(b)
	}
	page := func(ogType, title, markup, state string) string {
		return `<html><head><title>` + title + `</title><meta property="og:type" content="` + ogType + `"></head><body>` + markup +
			`<script id="__NEXT_DATA__" type="application/json">` + state + `</script></body></html>`
	}
	// A run of widgets, each holding a piece too short to be a body alone.
	run := func(extra string, pieces int) string {
		items := make([]string, pieces)
		for i := range items {
			items[i] = `{"html":` + str("<p>"+sentences(fmt.Sprintf("widget%d", i), 3)+"</p>") + extra + `}`
		}
		return `{"props":{"widgets":[` + strings.Join(items, ",") + `]}}`
	}
	// A Next.js App Router page: markup, then flight rows holding n
	// sentences on "tide".
	flightPage := func(markup string, n int) string {
		body := "<p>" + sentences("tide", n) + "</p>"
		rows := `0:["$","article",null,{"dangerouslySetInnerHTML":{"__html":"$1"}}]` + "\n" + fmt.Sprintf("1:T%x,%s", len(body), body)
		return `<html><head><title>Tides</title><meta property="og:type" content="article"></head><body>` + markup +
			`<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,` + str(rows) + `])</script></body></html>`
	}
	title := "Quayside council agrees new tide gauge plan"
	tests := []struct {
		name      string
		page      string
		fromState bool
		has, not  string
	}{
		// Rule "app-state-covers": the state's text shares few words with
		// the markup's, so it is something the page does not show.
		{"covers", page("website", "Rugs", "<main><p>Hand-knotted wool carpets in muted colours. Woven slowly by small family workshops. Every piece arrives rolled, ready to lay. Choose from twelve sizes.</p></main>",
			`{"props":{"faq":{"body":`+str("<p>"+sentences("shipping", 40)+"</p>")+`}}}`), false, "carpets", "shipping"},
		// appStateRatio in pick: the titled object holds the first
		// section, the longest (over twice as long) all of them.
		{"longest over twice the titled", page("article", title, "",
			`{"props":{"story":{"title":`+str(title)+`,"intro":{"body":`+str("<p>"+sentences("intro", 12)+"</p>")+`}},`+
				`"full":{"body":`+str("<p>"+sentences("intro", 12)+"</p><p>"+sentences("gauge", 30)+"</p>")+`}}}`), true, "gauge", ""},
		// Rule "app-state-run": items linking elsewhere are teasers.
		{"run of teasers", page("article", title, "", run(`,"url":"/elsewhere"`, 4)), false, "", "widget"},
		// Rule "app-state-run": a piece without a sentence is no prose.
		{"run skips a label", page("article", title, "", strings.Replace(run("", 4), `{"html"`, `{"html":"<p>Oak bench, grey, 120 cm</p>"},{"html"`, 1)),
			true, "widget3", "Oak bench"},
		// Rule "app-state-run": only on a page declaring an article.
		{"run undeclared", page("website", title, "", run("", 16)), false, "", "widget"},
		// Inline markup in a text body stays markup, not escaped text.
		{"inline markup", page("article", title, "",
			`{"props":{"post":{"body":`+str(sentences("harbour", 6)+" <em>Nine</em> members voted yes.\n"+sentences("ferry", 6))+`}}}`),
			true, "Nine members", "<em>"},
		// HTML under a key not named like a body (a widget's "markup").
		{"html under any key", page("article", title, "",
			`{"props":{"widget":{"markup":`+str("<p>"+sentences("pier", 6)+"</p><p>"+sentences("quay", 6)+"</p>")+`}}}`), true, "quay", ""},
		// Rule "app-state-flight" only on a skeleton: a markup of
		// minAppStateBody bytes or more holds what the rows hold.
		{"flight on a skeleton", flightPage(`<div id="root"></div>`, 40), true, "tide", ""},
		{"flight beside a markup teaser", flightPage("<main><p>"+sentences("teaser", 10)+"</p></main>", 40), false, "teaser", "tide"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.page, Options{Now: testNow})
			if err != nil && !errors.Is(err, model.ErrNoContent) {
				t.Fatal(err)
			}
			text, warnings := "", ""
			if a != nil {
				text, warnings = a.Text, strings.Join(a.Warnings, "\n")
			}
			if got := strings.Contains(warnings, "app state"); got != tt.fromState {
				t.Errorf("body from app state = %v, want %v (%q)", got, tt.fromState, text)
			}
			if tt.has != "" && !strings.Contains(text, tt.has) {
				t.Errorf("text lacks %q: %q", tt.has, text)
			}
			if tt.not != "" && strings.Contains(text, tt.not) {
				t.Errorf("text holds %q: %q", tt.not, text)
			}
		})
	}
}

// TestProseInside: the look before decoding passes scripts holding
// sentences and rules out configuration and code.
func TestProseInside(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{`{"props":{"body":"The ferry runs again. Tickets are free. The quay reopens in May. Buses wait."}}`, true},
		{`{"props":{"body":"渡し船が再開した。切符は無料。岸壁は五月に開く。"}}`, true},
		{`{"buildId":"a1b2","page":"/news/[slug]","query":{"slug":"pier"},"locale":"en","isFallback":false}`, false},
		{`window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());`, false},
		{`{"title":"Ferry pier. Quay."}`, false},
	}
	for _, tt := range tests {
		if got := proseInside(tt.data); got != tt.want {
			t.Errorf("proseInside(%.50q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

// TestAngularState: Angular's TransferState JSON, escaped for HTML as &q;
// &a; &l; &g; &s;, is read (rule "app-state-angular").
func TestAngularState(t *testing.T) {
	body := "<p>The ferry timetable changes on Monday. Boats leave every forty minutes. Salt & pepper fish is back at the kiosk.</p>"
	for i := 0; i < 8; i++ {
		body += fmt.Sprintf("<p>The harbour master's office said the winter crossings on route %d will run until March. Tickets bought online stay valid. Bikes travel free.</p>", i+1)
	}
	esc := strings.NewReplacer("&", "&a;", `"`, "&q;", "'", "&s;", "<", "&l;", ">", "&g;")
	state := esc.Replace(`{"api/story/7":{"story":{"title":"Ferry timetable changes","body":` + strconvQuote(body) + `}}}`)
	page := `<html><head><title>Ferry timetable changes</title><meta property="og:type" content="article"></head><body><app-root></app-root>` +
		`<script id="serverApp-state" type="application/json">` + "\n  " + state + `</script></body></html>`
	a, err := Extract(page, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Salt & pepper fish") || !strings.Contains(a.Text, "harbour master's office") {
		t.Errorf("text %q", a.Text)
	}
	if w := strings.Join(a.Warnings, "\n"); !strings.Contains(w, "app state (serverApp-state)") {
		t.Errorf("warnings %q", w)
	}
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestIsBodyKey: isBodyKey answers as appBodyKeys[strings.ToLower(k)]
// does, without the new string.
func TestIsBodyKey(t *testing.T) {
	keys := []string{"body", "Body", "bodyText", "BODYTEXT", "article_body", "Article_Body", "articleBody1",
		"bod", "", "content_htmlx", "te\u212Axt", "bo\u0130dy", "ＢＯＤＹ", "html", "HTML", "title", "rendered"}
	for k := range appBodyKeys {
		keys = append(keys, k, strings.ToUpper(k))
	}
	for _, k := range keys {
		if got, want := isBodyKey(k), appBodyKeys[strings.ToLower(k)]; got != want {
			t.Errorf("isBodyKey(%q) = %v, want %v", k, got, want)
		}
	}
}

// TestAppStateGlobals: each of appStateGlobals is read from a script that
// assigns it, so a name dropped from the list (Remix's __remixContext,
// say) fails here.
func TestAppStateGlobals(t *testing.T) {
	for _, g := range appStateGlobals {
		data := `window.` + g + ` = {"route":{"type":"text","body":"A made-up story."}};`
		s, ok := decodeAppScript("", "", data)
		if !ok || s.name != g {
			t.Errorf("%s: got %q, %v", g, s.name, ok)
		}
	}
	for _, tc := range []struct{ g, data string }{
		{"__remixContext", `window.__remixContext = {"state":{"loaderData":{"routes/post":{"type":"text"}}}};`},
		{"__NUXT__", `window.__NUXT__={"data":[{"type":"text"}]};`},
	} {
		if s, ok := decodeAppScript("", "", tc.data); !ok || s.name != tc.g {
			t.Errorf("%s: got %q, %v", tc.g, s.name, ok)
		}
	}
}

// checkKinds reports each of kinds no block of a's body has.
func checkKinds(t *testing.T, a *model.Article, kinds []string) {
	t.Helper()
	have := map[string]bool{}
	for _, bl := range a.Body {
		have[bl.Kind] = true
	}
	for _, k := range kinds {
		if !have[k] {
			t.Errorf("no %s block in %d blocks", k, len(a.Body))
		}
	}
}

// TestAssignments pins what assignments yields, the scan that
// assignedJSON and rule "app-state-code" share: an arrow function's
// parameter named like a global ("__STATE__ => ...") and a comparison are
// no assignments, a quote or bracket closing the name is passed over, and
// only the first maxAssignTries places the name occurs are looked at.
func TestAssignments(t *testing.T) {
	tests := []struct {
		name, data, global string
		want               []string
	}{
		{"plain", `window.__STATE__ = {a:1}`, "__STATE__", []string{"{a:1}"}},
		{"bracket form", `window["__STATE__"]= x`, "__STATE__", []string{"x"}},
		{"arrow parameter", `var pick = __STATE__ => __STATE__.lamp;`, "__STATE__", nil},
		{"comparison", `if (__STATE__ == null) {}`, "__STATE__", nil},
		{"each assignment", `__STATE__ = 1; __STATE__ = 2`, "__STATE__", []string{"1; __STATE__ = 2", "2"}},
		{"past the tries", strings.Repeat("__STATE__; ", maxAssignTries) + `__STATE__ = 5`, "__STATE__", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Collect(assignments(tt.data, tt.global))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
