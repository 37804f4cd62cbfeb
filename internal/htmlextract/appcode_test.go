package htmlextract

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
)

// TestAppCodePages extracts the synthetic pages under testdata/appcode,
// whose state is code (rule "app-state-code"): a Nuxt 2 page
// (window.__NUXT__ as a devalue IIFE: parameters, statements filling
// shared objects, ProseMirror rich text whose types are parameters), a
// Vue store written by serialize-javascript (undefined, new Date,
// functions, regular expressions), a SvelteKit page (const data = [...]
// with an IIFE inside), and a page whose code holds no body, cycles and
// loops that would never end if run.
func TestAppCodePages(t *testing.T) { appGoldenPages(t, "appcode", 4) }

// TestAppCodeKinds pins what each page must show whatever the goldens
// say.
func TestAppCodeKinds(t *testing.T) {
	tests := []struct {
		page      string
		kinds     []string
		source    string // the app state named in the warning; "" for none
		has, not  []string
		published string
	}{
		{"nuxt2", []string{model.KindParagraph, model.KindHeading, model.KindListItem, model.KindBlockquote}, "__NUXT__",
			[]string{"Volunteers carried", "ground floor, not the library", "children\u2019s reading room", "Fines on late returns"},
			[]string{"teaser", "Bridge closed", "Sport", "_nuxt"}, "2024-03-18T09:30:00Z"},
		{"initial-state", []string{model.KindParagraph, model.KindHeading}, "__INITIAL_STATE__",
			[]string{"forty drivers", "Timetable"}, []string{"Subscribe", "trim"}, "2024-06-02"},
		{"sveltekit", []string{model.KindParagraph}, "sveltekit",
			[]string{"russet apple", "cider press"}, []string{"Home", "volunteers\n"}, "2024-10-12"},
		{"hostile", nil, "", nil, []string{"Ran code", "never ends"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "appcode", tt.page+".html"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(string(b), Options{Now: testNow})
			if tt.source == "" {
				if err == nil {
					t.Fatalf("extracted %q, want no content", a.Text)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkKinds(t, a, tt.kinds)
			if w := strings.Join(a.Warnings, "\n"); !strings.Contains(w, "app state ("+tt.source+")") {
				t.Errorf("warnings %q, want the body from %s", w, tt.source)
			}
			for _, s := range tt.has {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q: %q", s, a.Text)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(a.Text, s) {
					t.Errorf("text holds %q", s)
				}
			}
			if a.Dates.Published == nil || a.Dates.Published.Value != tt.published {
				t.Errorf("published %+v, want %s", a.Dates.Published, tt.published)
			}
		})
	}
}

// TestAppCodeValue reads JavaScript expressions into JSON trees.
func TestAppCodeValue(t *testing.T) {
	tests := []struct {
		name, src string
		want      any
		ok        bool
	}{
		{"object literal", `{a:1,'b':"x",3:true,"c d":null,e:void 0,f:!0,g:!1,h:-2.5e1,i:0x10,j:1_000}`,
			map[string]any{"a": 1.0, "b": "x", "3": true, "c d": nil, "e": nil, "f": true, "g": false, "h": -25.0, "i": 16.0, "j": 1000.0}, true},
		{"escapes", `['\u003Cp\u003E', "a\u002Fb", 'it\'s', "\x41\u{1F600}\uD83D\uDE00", "tab\there", "\uD800x", 'line\
join']`,
			[]any{"<p>", "a/b", "it's", "A😀😀", "tab\there", "\uFFFDx", "linejoin"}, true},
		{"holes and trailing commas", `[1,,2,]`, []any{1.0, nil, 2.0}, true},
		{"devalue IIFE", `(function(a,b,c){b.id=7;c[1]=a;return {t:a,tags:b,list:c}}("Pier",{},Array(2)))`,
			map[string]any{"t": "Pier", "tags": map[string]any{"id": 7.0}, "list": []any{nil, "Pier"}}, true},
		{"called after the parens", `(function(a){return {t:a}})("x")`, map[string]any{"t": "x"}, true},
		{"bracket member assignment", `(function(a){a["k-1"]='v';return [a]}({}))`, []any{map[string]any{"k-1": "v"}}, true},
		{"shared object copied", `(function(a){return {x:a,y:a}}({n:1}))`,
			map[string]any{"x": map[string]any{"n": 1.0}, "y": map[string]any{"n": 1.0}}, true},
		{"cycle cut", `(function(a){a.me=a;return {a:a}}({}))`, map[string]any{"a": map[string]any{"me": nil}}, true},
		{"parameter named undefined", `(function(undefined,NaN){return [undefined,NaN]}(1,2))`, []any{1.0, 2.0}, true},
		{"nested IIFE sees outer parameters", `(function(a){return {in:(function(b){return [a,b]}(2))}}(1))`,
			map[string]any{"in": []any{1.0, 2.0}}, true},
		{"code reads as null", `{d:new Date(1),re:/a}b[/]/g,f:function(x){return {}},g:x=>x+1,h:(a,b)=>{return a},i:a||b,j:call(1,{}),k:1+2,l:` + "`t${x}`" + `}`,
			map[string]any{"d": nil, "re": nil, "f": nil, "g": nil, "h": nil, "i": nil, "j": nil, "k": nil, "l": nil}, true},
		{"builders", `{a:Object.assign(Object.create(null),{x:1}),b:Object.create(null,{k:{writable:true,value:"v"}}),c:new Map([["m",1]]),d:new Set([1,2]),e:Object("s"),f:JSON.parse('{"j":[1]}'),g:new Map}`,
			map[string]any{"a": map[string]any{"x": 1.0}, "b": map[string]any{"k": "v"}, "c": map[string]any{"m": 1.0}, "d": []any{1.0, 2.0},
				"e": "s", "f": map[string]any{"j": []any{1.0}}, "g": map[string]any{}}, true},
		{"spread and shorthand", `(function(a,b){return {...a,b,c:[...b.l,3]}}({x:1},{l:[1,2]}))`,
			map[string]any{"x": 1.0, "b": map[string]any{"l": []any{1.0, 2.0}}, "c": []any{1.0, 2.0, 3.0}}, true},
		{"comments", `{/* c */a:1, // line
		b:2}`, map[string]any{"a": 1.0, "b": 2.0}, true},
		{"var and function declarations", `(function(){var a={x:1},b=2;function f(){return 3}a.y=b;return [a,f()]}())`,
			[]any{map[string]any{"x": 1.0, "y": 2.0}, 3.0}, true},
		{"scalar", `"just a string"`, nil, false},
		{"truncated", `{a:[1,2`, nil, false},
		{"unterminated string", `{a:"x}`, nil, false},
		{"not an expression", `)`, nil, false},
		{"deep", strings.Repeat("[", 5000) + strings.Repeat("]", 5000), nil, false},
		{"huge Array()", `[Array(1e9)]`, []any{nil}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := appCodeValue(tt.src, 0)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v (%v)", ok, tt.ok, got)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestAppCodeState finds state written as code in scripts, and leaves
// JSON to the JSON path.
func TestAppCodeState(t *testing.T) {
	tests := []struct {
		name, data, source string
		want               any
	}{
		{"nuxt 2", `window.__NUXT__=(function(a){return {data:[{t:a}]}}("x"));`, "__NUXT__", map[string]any{"data": []any{map[string]any{"t": "x"}}}},
		{"unquoted keys", "window.__INITIAL_STATE__ = {post: {title: 'x', body: undefined}}\nwindow.y = 1", "__INITIAL_STATE__",
			map[string]any{"post": map[string]any{"title": "x", "body": nil}}},
		{"JSON.parse of a template", "window.__DATA__=JSON.parse(`{\"a\":1}`)", "__DATA__", map[string]any{"a": 1.0}},
		{"sveltekit", `__sveltekit_ab = {base: ""}; const data = [null,{type:"data",data:{p:1}}];`, "sveltekit",
			[]any{nil, map[string]any{"type": "data", "data": map[string]any{"p": 1.0}}}},
		{"sveltekit, a longer name", `__sveltekit_ab = {}; const metadata = [1]; const data = [2];`, "sveltekit", []any{2.0}},
		{"JSON left to the JSON path", `window.__INITIAL_STATE__ = {"a":"short"};`, "", nil},
		{"self default", `window.__NUXT__ = window.__NUXT__ || {};`, "", nil},
		{"comparison", `if (window.__STATE__ == null) {}`, "", nil},
		{"a later assignment", `window.__NUXT__ = window.__NUXT__ || {}; window.__NUXT__ = {a: 'b'};`, "__NUXT__", map[string]any{"a": "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := appCodeState(tt.data, appStateGlobals)
			if ok != (tt.source != "") || s.name != tt.source {
				t.Fatalf("got %q, %v; want %q", s.name, ok, tt.source)
			}
			if d := cmp.Diff(tt.want, s.v); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestAppCodeBounded: scripts built to cost much (functions called over
// and over, objects shared in a chain that doubles at each link, long
// runs of brackets) read in bounded time and give a bounded tree.
func TestAppCodeBounded(t *testing.T) {
	var chain strings.Builder
	chain.WriteString("(function(){var a0={s:'leaf'};")
	for i := 1; i <= 60; i++ {
		chain.WriteString("var a" + strconv.Itoa(i) + "={l:a" + strconv.Itoa(i-1) + ",r:a" + strconv.Itoa(i-1) + "};")
	}
	chain.WriteString("return {top:a60}}())")
	calls := "(function(f){return [" + strings.Repeat("f(),", 20000) + "]}(function(){return {s:'" + strings.Repeat("x", 4000) + "'}}))"
	tests := []struct{ name, src string }{
		{"doubling chain", chain.String()},
		{"repeated calls", calls},
		{"parens", strings.Repeat("(", 100000)},
		{"skipped groups", "{a:f(" + strings.Repeat("[", 100000) + "}"},
		{"regex and strings", "{a:f(" + strings.Repeat(`/"/,'\'',`, 20000) + ")}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			v, _ := appCodeValue(tt.src, 0)
			if n := treeSize(v); n > maxAppCodeNodes+1 {
				t.Errorf("tree of %d nodes", n)
			}
			// The bound is wall time, far above the 0.7 s of CPU the
			// doubling chain takes: a 2-core machine under load took 7 s,
			// while an unbounded walk of the chain (2^60 nodes) never ends.
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func treeSize(v any) int {
	n := 1
	switch t := v.(type) {
	case map[string]any:
		for _, x := range t {
			n += treeSize(x)
		}
	case []any:
		for _, x := range t {
			n += treeSize(x)
		}
	}
	return n
}

// FuzzAppCode: any script text reads without panicking, in bounded work,
// into a tree the walker takes; a script read once reads the same again.
func FuzzAppCode(f *testing.F) {
	f.Add(`window.__NUXT__=(function(a,b,c){b.id=7;c[0]={x:a};return {layout:"default",data:[{body:'\u003Cp\u003EA. B. C.',t:b,l:c}]}}("x",{},Array(1)));`)
	f.Add(`window.__INITIAL_STATE__ = {"a":undefined,"d":new Date("2024-01-01"),f:function(){return 1},r:/x/g,s:` + "`t`" + `}`)
	f.Add(`__sveltekit_q = {}; const data = [null,{type:"data",data:(function(a){return {p:a}}([1,,2]))}];`)
	f.Add(`window.__STATE__ = (function(a){a.s=a;a[0]=a;return [a,a,{...a}]}({}))`)
	f.Add(`window.__DATA__ = {a:(b)=>{return '}'},c:'\x4', d:"\u{110000}", e:0x, f:1e, g:.5, h:-Infinity, i:Object.create(null,{k:{value:[`)
	f.Fuzz(func(t *testing.T, data string) {
		s, ok := appCodeState(data, appStateGlobals)
		if !ok {
			return
		}
		if n := treeSize(s.v); n > maxAppCodeNodes+1 {
			t.Fatalf("tree of %d nodes", n)
		}
		w := appWalker{source: s.name}
		w.walk(s.v, 0)
		again, _ := appCodeState(data, appStateGlobals)
		if d := cmp.Diff(s.v, again.v); d != "" {
			t.Fatalf("two reads differ:\n%s", d)
		}
	})
}

// BenchmarkDecodeAppScript: an inline script naming no app state global,
// as most scripts of most pages are, costs a scan per global:
//
//	go test ./internal/htmlextract -run '^$' -bench DecodeAppScript
func BenchmarkDecodeAppScript(b *testing.B) {
	data := strings.Repeat(`function f(a,b){return a.map(function(x){return x*2})};var cfg={key:"v",n:1};`, 3000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		decodeAppScript("", "", data)
	}
}
