package htmlmeta

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/lede-news/lede/internal/input"
)

// TestBenchMeta measures title/author/date accuracy on the shared benchmark
// the way score_extract.py's meta_key compares them. It runs only with
// LEDE_META_BENCH=1 (it reads ../shared, absent on a bare checkout); set
// LEDE_META_FAIL=FILE to write the failures.
func TestBenchMeta(t *testing.T) {
	if os.Getenv("LEDE_META_BENCH") == "" {
		t.Skip("set LEDE_META_BENCH=1 to run the metadata benchmark")
	}
	var fail io.Writer = io.Discard
	if p := os.Getenv("LEDE_META_FAIL"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		fail = f
	}
	var dates io.Writer = io.Discard
	if p := os.Getenv("LEDE_META_DATES"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dates = f
	}
	for _, set := range []string{"extract", "extract-wcxb"} {
		dir := filepath.Join("..", "..", "..", "shared", "bench", set)
		f, err := os.Open(filepath.Join(dir, "cases.jsonl"))
		if err != nil {
			t.Skipf("no benchmark: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		type cnt struct{ ok, n int }
		res := map[string]*cnt{"title": {}, "author": {}, "date": {}}
		var dur time.Duration
		pages := 0
		for sc.Scan() {
			var c struct {
				ID, URL, Page, PageType string
				Meta                    map[string]any
			}
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatal(err)
			}
			if c.Meta == nil {
				continue
			}
			raw, err := readGz(filepath.Join(dir, c.Page))
			if err != nil {
				t.Fatal(err)
			}
			dec := input.Decode(raw, "", true)
			doc, err := html.Parse(strings.NewReader(dec.Text))
			if err != nil {
				continue
			}
			start := time.Now()
			m := Extract(doc, c.URL, time.Now())
			dur += time.Since(start)
			col := collect(doc, c.URL)
			vis := col.visibleDate(time.Now())
			pages++
			pred := map[string]string{"title": m.Title, "author": strings.Join(m.Authors, "; ")}
			if m.Published != nil {
				pred["date"] = m.Published.Value
			}
			for _, field := range []string{"title", "author", "date"} {
				g, _ := c.Meta[field].(string)
				if gl, ok := c.Meta[field].([]any); ok {
					for i, e := range gl {
						if i > 0 {
							g += "; "
						}
						g += fmt.Sprint(e)
					}
				}
				if g == "" {
					continue
				}
				res[field].n++
				if field == "date" && os.Getenv("LEDE_META_DATES") != "" {
					pv, mv, vv := "", "", ""
					if m.Published != nil {
						pv = m.Published.Value + "|" + m.Published.Evidence
					}
					if m.Modified != nil {
						mv = m.Modified.Value
					}
					if vis != nil {
						vv = vis.Value
					}
					fmt.Fprintf(dates, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", set, c.ID, metaKey("date", g), pv, mv, vv, strings.Join(col.visibleDates(time.Now()), ","))
				}
				if metaKey(field, g) == metaKey(field, pred[field]) {
					res[field].ok++
				} else {
					ev := ""
					if field == "date" {
						if m.Published != nil {
							ev = m.Published.Evidence
						}
						if m.Modified != nil {
							ev += "\tmod=" + m.Modified.Value
						} else {
							ev += "\tmod="
						}
						if vis != nil {
							ev += "\tvis=" + vis.Value
						} else {
							ev += "\tvis="
						}
					}
					if field == "title" {
						ev = titleOracle(col, metaKey("title", g))
					}
					fmt.Fprintf(fail, "%s\t%s\t%s\tgold=%q\tgot=%q\t%s\t%s\n", set, field, c.ID, g, pred[field], ev, c.URL)
				}
			}
		}
		f.Close()
		t.Logf("%-13s title=%.3f/%d author=%.3f/%d date=%.3f/%d  extract %.2f ms/page", set,
			float64(res["title"].ok)/float64(res["title"].n), res["title"].n,
			float64(res["author"].ok)/float64(res["author"].n), res["author"].n,
			float64(res["date"].ok)/float64(res["date"].n), res["date"].n,
			float64(dur.Microseconds())/1000/float64(pages))
	}
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

var (
	benchSpace      = regexp.MustCompile(`\s+`)
	benchAuthorSep  = regexp.MustCompile(`;|,|&|\band\b|\bund\b|\bet\b|\bi\b|\by\b`)
	benchCredential = regexp.MustCompile(`^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|[A-Z]\.[A-Z]\.)$`)
	benchDate       = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	benchFold       = cases.Fold()
)

func benchFoldSpace(s string) string {
	return strings.TrimSpace(benchSpace.ReplaceAllString(norm.NFC.String(s), " "))
}

// metaKey mirrors score_extract.py's meta_key.
func metaKey(field, v string) string {
	switch field {
	case "author":
		set := map[string]bool{}
		for _, p := range benchAuthorSep.Split(v, -1) {
			p = benchFoldSpace(p)
			if p != "" && !benchCredential.MatchString(p) {
				set[benchFold.String(p)] = true
			}
		}
		keys := make([]string, 0, len(set))
		for k := range set {
			keys = append(keys, k)
		}
		sortStrings(keys)
		return strings.Join(keys, "\x00")
	case "date":
		v = benchFold.String(benchFoldSpace(v))
		if m := benchDate.FindString(v); m != "" {
			return m
		}
		return v
	}
	return benchFold.String(benchFoldSpace(v))
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// loadBenchPages reads up to n decoded benchmark pages, or skips.
func loadBenchPages(b *testing.B, set string, n int) (pages []string, urls []string) {
	dir := filepath.Join("..", "..", "..", "shared", "bench", set)
	f, err := os.Open(filepath.Join(dir, "cases.jsonl"))
	if err != nil {
		b.Skipf("no benchmark: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() && len(pages) < n {
		var c struct{ URL, Page string }
		if json.Unmarshal(sc.Bytes(), &c) != nil {
			continue
		}
		raw, err := readGz(filepath.Join(dir, c.Page))
		if err != nil {
			continue
		}
		pages = append(pages, input.Decode(raw, "", true).Text)
		urls = append(urls, c.URL)
	}
	return pages, urls
}

// BenchmarkExtract times Extract alone on parsed benchmark pages; compare
// with BenchmarkParse (html.Parse of the same pages) in the same run.
func BenchmarkExtract(b *testing.B) {
	pages, urls := loadBenchPages(b, "extract-wcxb", 60)
	docs := make([]*html.Node, len(pages))
	for i, p := range pages {
		docs[i], _ = html.Parse(strings.NewReader(p))
	}
	now := time.Now()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := i % len(docs)
		Extract(docs[j], urls[j], now)
	}
}

func BenchmarkParse(b *testing.B) {
	pages, _ := loadBenchPages(b, "extract-wcxb", 60)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		html.Parse(strings.NewReader(pages[i%len(pages)]))
	}
}

// titleOracle names the candidates that equal the gold title.
func titleOracle(c *collector, gold string) string {
	var hits []string
	check := func(name, v string) {
		if v != "" && metaKey("title", v) == gold {
			hits = append(hits, name)
		}
	}
	for i, h := range c.h1s {
		check(fmt.Sprintf("h1[%d]chrome=%v,art=%v,cls=%v", i, h.inChrome, h.inArticle, h.titleClass), h.text)
	}
	for i, h := range c.heads {
		check(fmt.Sprintf("head[%d]", i), h.text)
	}
	check("og", c.meta1("og:title"))
	check("doc", c.docTitle)
	check("docFirst", firstSegment(c.docTitle))
	check("ld", c.ld.headline())
	sites := c.siteNames(c.outlet())
	check("ogStrip", stripSite(c.meta1("og:title"), sites))
	check("docStrip", stripSite(c.docTitle, sites))
	if len(hits) == 0 {
		return "none"
	}
	return strings.Join(hits, ",")
}

func firstSegment(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "} {
		if i := strings.Index(t, sep); i > 0 {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// visibleDates are the dates written in the datelines, bylines and the
// lines after the headline, one per line, in page order.
func (c *collector) visibleDates(now time.Time) []string {
	var out []string
	for _, group := range c.shownGroups() {
		for _, t := range group.texts {
			if v, ok := findTextDate(t, now, c.dayFirst()); ok {
				out = append(out, v)
			}
		}
	}
	return out
}
