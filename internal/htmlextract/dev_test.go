package htmlextract

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/input"
	"golang.org/x/net/html"
)

// TestDevRun writes predictions for a benchmark cases file when
// LEDE_DEV_CASES and LEDE_DEV_OUT are set (a development aid; `lede bench
// extract` is the real runner).
func TestDevRun(t *testing.T) {
	cases, out := os.Getenv("LEDE_DEV_CASES"), os.Getenv("LEDE_DEV_OUT")
	if cases == "" || out == "" {
		t.Skip("LEDE_DEV_CASES / LEDE_DEV_OUT not set")
	}
	var pages []string
	var ids, urls []string
	eachDevCase(t, cases, func(c devCaseRec) bool {
		pages = append(pages, devPage(t, cases, c.Page))
		ids = append(ids, c.ID)
		urls = append(urls, c.URL)
		return true
	})
	w, _ := os.Create(out)
	defer w.Close()
	enc := json.NewEncoder(w)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	a0 := ms.TotalAlloc
	start := time.Now()
	slow, slowID := time.Duration(0), ""
	for i, p := range pages {
		t0 := time.Now()
		a, _ := Extract(p, Options{URL: urls[i]})
		if d := time.Since(t0); d > slow {
			slow, slowID = d, ids[i]
		}
		rec := map[string]string{"id": ids[i]}
		if a != nil {
			rec["text"] = a.Text
			rec["title"] = a.Title
			rec["author"] = strings.Join(a.Authors, "; ")
			if a.Dates.Published != nil {
				rec["date"] = a.Dates.Published.Value
			}
		}
		enc.Encode(rec)
	}
	el := time.Since(start)
	runtime.ReadMemStats(&ms)
	t.Logf("%d pages in %v: %.0f pages/s, %.2f MB/page, slowest %s %v", len(pages), el,
		float64(len(pages))/el.Seconds(), float64(ms.TotalAlloc-a0)/float64(len(pages))/1e6, slowID, slow)
}

// TestDevShow prints one page's extraction (LEDE_DEV_CASES, LEDE_DEV_ID).
func TestDevShow(t *testing.T) {
	cases, id := os.Getenv("LEDE_DEV_CASES"), os.Getenv("LEDE_DEV_ID")
	if cases == "" || id == "" {
		t.Skip("LEDE_DEV_CASES / LEDE_DEV_ID not set")
	}
	c, text, ok := devCase(t, cases, id)
	if !ok {
		t.Fatalf("no case %q in %s", id, cases)
	}
	debugRoot = func(path string) { t.Log("ROOT", path) }
	if nd := os.Getenv("LEDE_DEV_NEEDLE"); nd != "" {
		debugNeedle = func() (string, func(string)) { return nd, func(s string) { t.Log("ANC", s) } }
		defer func() { debugNeedle = nil }()
	}
	a, err := Extract(text, Options{URL: c.URL})
	debugRoot = nil
	t.Log("err", err, "title", a.Title)
	for _, b := range a.Body {
		t.Logf("[%s%d] %.150s", b.Kind, b.Level, b.Text)
	}
	for _, r := range a.Removed {
		t.Logf("REMOVED %s %s: %.80s", r.Kind, r.Rule, r.Text)
	}
	t.Logf("GOLD: %.3000s", c.Body)
}

// TestDevTime times one page (LEDE_DEV_CASES, LEDE_DEV_ID) over max(20, LEDE_DEV_TIME) runs.
func TestDevTime(t *testing.T) {
	cases, id := os.Getenv("LEDE_DEV_CASES"), os.Getenv("LEDE_DEV_ID")
	if cases == "" || id == "" || os.Getenv("LEDE_DEV_TIME") == "" {
		t.Skip("LEDE_DEV_CASES / LEDE_DEV_ID / LEDE_DEV_TIME not set")
	}
	c, text, ok := devCase(t, cases, id)
	if !ok {
		t.Fatalf("no case %q in %s", id, cases)
	}
	best := time.Hour
	runs, _ := strconv.Atoi(os.Getenv("LEDE_DEV_TIME"))
	for i := 0; i < max(runs, 20); i++ {
		t0 := time.Now()
		Extract(text, Options{URL: c.URL})
		best = min(best, time.Since(t0))
	}
	t.Logf("%s: %d bytes, best %v, %.1f ms/MB", id, len(text), best, float64(best.Microseconds())/1000/(float64(len(text))/1e6))
}

// TestDevRuleLoss counts, per rule, the removed texts that the gold keeps
// (wrong) and those it leaves out (right) over a cases file
// (LEDE_DEV_RULES=cases.jsonl): the rules to fix first are those wrong
// most often.
func TestDevRuleLoss(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_RULES")
	if cases == "" {
		t.Skip()
	}
	bad := map[string]int{}
	good := map[string]int{}
	badB, goodB := map[string]int{}, map[string]int{}
	ex := map[string]string{}
	eachDevCase(t, cases, func(c devCaseRec) bool {
		gold := c.Body + "\n" + strings.Join(c.With, "\n")
		if strings.TrimSpace(gold) == "" {
			return true
		}
		gold = strings.Join(strings.Fields(gold), " ")
		a, _ := Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		if a == nil {
			return true
		}
		for _, r := range a.Removed {
			tx := strings.Join(strings.Fields(r.Text), " ")
			if len(tx) < 25 {
				continue
			}
			probe := tx
			if len(probe) > 60 {
				probe = probe[:60]
			}
			if strings.Contains(gold, probe) {
				bad[r.Rule]++
				badB[r.Rule] += len(tx)
				ex[r.Rule] = c.ID + ": " + probe
				if r.Rule == os.Getenv("LEDE_DEV_RULE_SHOW") {
					t.Logf("WRONG %s %s: %.150s", r.Rule, c.ID, tx)
				}
			} else {
				good[r.Rule]++
				goodB[r.Rule] += len(tx)
				if r.Rule == os.Getenv("LEDE_DEV_RULE_SHOW") && os.Getenv("LEDE_DEV_RULE_RIGHT") != "" {
					t.Logf("RIGHT %s %s: %.150s", r.Rule, c.ID, tx)
				}
			}
		}
		return true
	})
	var ks []string
	for k := range bad {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return bad[ks[i]] > bad[ks[j]] })
	for _, k := range ks {
		t.Logf("%-30s wrong=%4d right=%5d (bytes %6d / %6d)  e.g. %s", k, bad[k], good[k], badB[k], goodB[k], ex[k])
	}
}

// devCaseRec is a benchmark case as the development aids read it.
type devCaseRec struct {
	ID, URL, Page, Body string
	With, Without       []string
	PageType            string `json:"page_type"`
}

// eachDevCase calls fn with every case of the cases file until fn returns
// false.
func eachDevCase(t *testing.T, cases string, fn func(c devCaseRec) bool) {
	t.Helper()
	f, err := os.Open(cases)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<28)
	for sc.Scan() {
		var c devCaseRec
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if !fn(c) {
			return
		}
	}
}

// devCase finds case id in the cases file and returns it with its page read
// and decoded; ok is false when no case has that id.
func devCase(t *testing.T, cases, id string) (c devCaseRec, text string, ok bool) {
	eachDevCase(t, cases, func(r devCaseRec) bool {
		if r.ID != id {
			return true
		}
		c, text, ok = r, devPage(t, cases, r.Page), true
		return false
	})
	return c, text, ok
}

// devPage reads a gzipped benchmark page (path relative to the cases file)
// and decodes it as the pipeline does.
func devPage(t *testing.T, cases, page string) string {
	gz, err := os.Open(filepath.Join(filepath.Dir(cases), page))
	if err != nil {
		t.Fatal(err)
	}
	defer gz.Close()
	zr, err := gzip.NewReader(gz)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return input.Decode(b, "", true).Text
}

// TestDevState lists each page's search state: listing, relax, the
// root's share of the body's text (LEDE_DEV_STATE=cases.jsonl).
func TestDevState(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_STATE")
	if cases == "" {
		t.Skip()
	}
	defer func() { debugDone = nil }()
	eachDevCase(t, cases, func(c devCaseRec) bool {
		debugDone = func(x *extractor, body, root *html.Node) {
			bi, ri := x.info1(body), x.info1(root)
			t.Logf("STATE %s %s teaserLoss=%d reviews=%d listing=%v relax=%d noTeasers=%v bodyText=%d rootText=%d rootShare=%.2f bodyCGood=%d rootCGood=%d tag=%s",
				c.ID, c.PageType, x.teaserLoss, x.reviews, x.listing, x.relax, x.noTeasers, bi.text, ri.text, float64(ri.text)/float64(max(bi.text, 1)), bi.cgood, ri.cgood, root.Data)
		}
		Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		return true
	})
}
