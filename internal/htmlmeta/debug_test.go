package htmlmeta

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/input"
)

// devCase is a benchmark case as the development aids read it.
type devCase struct {
	ID, URL, Page string
	PageType      string `json:"page_type"`
	Meta          struct{ Title, Author, Date string }
}

// eachDevPage calls fn with every case of the shared benchmark sets that
// keep accepts, and its parsed page; it skips the test when the sets are
// missing.
func eachDevPage(t *testing.T, keep func(devCase) bool, fn func(set string, c devCase, doc *html.Node)) {
	t.Helper()
	for _, set := range []string{"extract", "extract-wcxb"} {
		dir := filepath.Join("..", "..", "..", "shared", "bench", set)
		f, err := os.Open(filepath.Join(dir, "cases.jsonl"))
		if err != nil {
			t.Skip(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var c devCase
			if json.Unmarshal(sc.Bytes(), &c) != nil || !keep(c) {
				continue
			}
			raw, err := readGz(filepath.Join(dir, c.Page))
			if err != nil {
				f.Close()
				t.Fatal(err)
			}
			doc, err := html.Parse(strings.NewReader(input.Decode(raw, "", true).Text))
			if err != nil {
				continue
			}
			fn(set, c, doc)
		}
		f.Close()
	}
}

// TestDebugMeta prints the candidates collected on the benchmark pages
// named in LEDE_META_DEBUG (comma-separated ids); a development aid.
func TestDebugMeta(t *testing.T) {
	ids := os.Getenv("LEDE_META_DEBUG")
	if ids == "" {
		t.Skip("set LEDE_META_DEBUG=id,id")
	}
	want := map[string]bool{}
	for _, id := range strings.Split(ids, ",") {
		want[id] = true
	}
	eachDevPage(t, func(c devCase) bool { return want[c.ID] }, func(_ string, c devCase, doc *html.Node) {
		col := collect(doc, c.URL)
		m := &Meta{}
		col.decide(m, time.Now())
		fmt.Printf("== %s %s\n docTitle=%q\n og=%q tw=%q ld=%q md=%q site=%q\n", c.ID, c.URL, col.docTitle, col.meta1("og:title"), col.meta1("twitter:title"), col.ld.headline(), col.headline, col.siteNames(m.Outlet))
		for _, h := range col.h1s {
			fmt.Printf(" h1 %+v\n", h)
		}
		for _, b := range col.bylines {
			fmt.Printf(" by %+v\n", b)
		}
		for _, tc := range col.times {
			fmt.Printf(" time %+v\n", tc)
		}
		fmt.Printf(" dateTexts=%q\n afterH1=%q\n", col.dateTexts, col.afterH1)
		fmt.Printf(" sites=%q ldauthor=%v\n", col.siteNames(m.Outlet), col.ld.main["author"])
		fmt.Printf(" => title=%q authors=%q pub=%+v mod=%+v\n", m.Title, m.Authors, m.Published, m.Modified)
	})
}

// TestDumpTitles writes, for every benchmark page with a gold title, the
// title chosen, the rule, the metadata title rule 3 would give and the
// signals the rules weigh, one JSON line per page, to LEDE_TITLE_DUMP; a
// development aid for studying the <title>-versus-<h1> choice.
func TestDumpTitles(t *testing.T) {
	devDump(t, "LEDE_TITLE_DUMP", func(c devCase) bool { return c.Meta.Title != "" }, func(set string, c devCase, doc *html.Node) any {
		m := Extract(doc, c.URL, time.Now())
		col := collect(doc, c.URL)
		outlet := col.outlet()
		in := col.titleInputs(outlet)
		_, rule := col.titleRule(outlet)
		type h struct {
			Text                          string
			InArticle, InChrome, TitleCls bool
		}
		var h1s, all []h
		for _, x := range in.h1s {
			h1s = append(h1s, h{x.text, x.inArticle, x.inChrome, x.titleClass})
		}
		for _, x := range col.h1s {
			all = append(all, h{x.text, x.inArticle, x.inChrome, x.titleClass})
		}
		return map[string]any{
			"set": set, "id": c.ID, "type": c.PageType, "url": c.URL, "gold": c.Meta.Title,
			"pred": m.Title, "rule": rule,
			"meta": firstPipeSegment(dropInvisible(col.metaTitle(in.refs, in.sites, in.stripSites, col.leadSites(in.stripSites)))),
			"doc":  col.docTitle, "og": col.meta1("og:title"), "tw": col.meta1("twitter:title"), "ld": col.ld.headline(),
			"h1s": h1s, "allH1s": all, "article": col.articleLike(), "website": col.declaredWebsite(),
			"home": col.homePage(), "ldRank": col.ld.mainRank, "ogType": col.meta1("og:type"),
			"heads": len(col.heads), "siteTitles": col.siteTitles, "stripSites": in.stripSites,
		}
	})
}

// devDump writes, to the file the environment variable env names, one
// JSON line per case of the benchmark sets that keep accepts: what rec
// returns for it (a development aid's dump); without env it skips.
func devDump(t *testing.T, env string, keep func(devCase) bool, rec func(set string, c devCase, doc *html.Node) any) {
	t.Helper()
	out := os.Getenv(env)
	if out == "" {
		t.Skip("set " + env + "=FILE")
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	eachDevPage(t, keep, func(set string, c devCase, doc *html.Node) {
		if err := enc.Encode(rec(set, c, doc)); err != nil {
			t.Fatal(err)
		}
	})
}

// TestDumpMeta writes the whole Meta of every benchmark page, with the
// page's gold metadata beside it, one JSON line per page, to
// LEDE_META_DUMP; a development aid for hunting output defects (glued or
// doubled titles, non-names among authors, impossible dates, ...).
func TestDumpMeta(t *testing.T) {
	devDump(t, "LEDE_META_DUMP", func(devCase) bool { return true }, func(set string, c devCase, doc *html.Node) any {
		m := Extract(doc, c.URL, time.Now())
		return map[string]any{"set": set, "id": c.ID, "type": c.PageType, "url": c.URL, "gold": c.Meta, "meta": m}
	})
}
